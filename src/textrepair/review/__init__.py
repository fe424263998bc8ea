"""Reviewing findings: the HTML review report and the interactive terminal review.

Both end in decisions (:mod:`textrepair.decisions`) that ``textrepair fix
--decisions FILE`` applies; docs/review.md describes the workflow.
"""
