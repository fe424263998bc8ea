"""Built-in normalizers, one module each; see :mod:`textrepair.registry`."""
