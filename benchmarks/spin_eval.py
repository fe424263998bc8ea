"""Development set for the spinner evidence model: short spun texts and clean controls.

Spun items are short news-style texts in the style of one spinner family
("mentioned" for *said*, "well being" for *health*, "rates of interest" for
*interest rates*), each with its original wording; clean items are ordinary
news sentences that use the spinner's words in their own senses ("the army
said", "a financial institution such as a bank"). All were written for this
file. Runs SPN alone, first with the shipped lexicons, then with only the
``context`` entries of :data:`CONTEXT_ENTRIES` (ordinary words that need
evidence, so that the evidence model is measured apart from lexicon growth),
and reports, for the spun items, the fingerprints found and repaired and how
many come out exactly as written; for the clean items, every applied edit
(the target is none).

    python benchmarks/spin_eval.py [--verbose] [--lexicon EXTRA.tsv]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from textrepair import Options, repair
from textrepair.normalizers.spinner import explain

#: (spun text, original text)
SPUN: list[tuple[str, str]] = [
    (
        "The central financial institution raised rates of interest by 0.25 share factors, citing persistent "
        "inflation.",
        "The central bank raised interest rates by 0.25 percentage points, citing persistent inflation.",
    ),
    (
        "Police mentioned the suspect was arrested on the scene and is dealing with a number of fees.",
        "Police said the suspect was arrested at the scene and is facing several charges.",
    ),
    (
        "Well being officers have urged residents to get vaccinated because the variety of circumstances "
        "continues to rise.",
        "Health officials have urged residents to get vaccinated as the number of cases continues to rise.",
    ),
    (
        "The corporate reported a web lack of $12 million within the third quarter as gross sales fell 8 p.c.",
        "The company reported a net loss of $12 million in the third quarter as sales fell 8 percent.",
    ),
    (
        "The striker scored twice within the second half to provide his facet a 3-1 victory over the "
        "defending champions.",
        "The striker scored twice in the second half to give his side a 3-1 victory over the defending champions.",
    ),
    (
        "The smartphone maker mentioned the brand new system will go on sale subsequent month in additional "
        "than 30 international locations.",
        "The smartphone maker said the new device will go on sale next month in more than 30 countries.",
    ),
    (
        "The actress, who starred within the hit collection, will seem in a brand new movie directed by her "
        "longtime good friend.",
        "The actress, who starred in the hit series, will appear in a new film directed by her longtime friend.",
    ),
    (
        "Officers mentioned the fireplace broke out early Sunday morning and unfold rapidly to close by houses.",
        "Officials said the fire broke out early Sunday morning and spread quickly to nearby homes.",
    ),
    (
        "The inventory market fell sharply on Monday as buyers apprehensive in regards to the well being of "
        "the worldwide financial system.",
        "The stock market fell sharply on Monday as investors worried about the health of the global economy.",
    ),
    (
        "Medical doctors say that a nutritious diet and common train can decrease the chance of coronary "
        "heart illness.",
        "Doctors say that a healthy diet and regular exercise can lower the risk of heart disease.",
    ),
    (
        "The prime minister mentioned the federal government would introduce new laws to deal with the "
        "housing disaster.",
        "The prime minister said the government would introduce new legislation to tackle the housing crisis.",
    ),
    (
        "The person was charged with homicide after a physique was discovered within the residence on Tuesday.",
        "The man was charged with murder after a body was found in the apartment on Tuesday.",
    ),
    (
        "The group misplaced their opening recreation of the season however bounced again to win the following 4.",
        "The team lost their opening game of the season but bounced back to win the next four.",
    ),
    (
        "Scientists have found a brand new species of frog within the rainforest, in line with a research "
        "revealed on Wednesday.",
        "Scientists have discovered a new species of frog in the rainforest, according to a study published on "
        "Wednesday.",
    ),
    (
        "The singer introduced her world tour in a publish on social media, telling followers she is "
        "excited to return to the stage.",
        "The singer announced her world tour in a post on social media, telling fans she is excited to return "
        "to the stage.",
    ),
    (
        "The brand new legislation requires firms to reveal how they accumulate and use buyer knowledge.",
        "The new law requires companies to disclose how they collect and use customer data.",
    ),
    (
        "The hospital mentioned the affected person was in steady situation and was anticipated to make a "
        "full restoration.",
        "The hospital said the patient was in stable condition and was expected to make a full recovery.",
    ),
    (
        "Unemployment fell to three.5 p.c final month, the bottom stage in additional than 50 years.",
        "Unemployment fell to 3.5 percent last month, the lowest level in more than 50 years.",
    ),
    (
        "The quarterback threw for 300 yards and three touchdowns because the group clinched a playoff berth.",
        "The quarterback threw for 300 yards and three touchdowns as the team clinched a playoff berth.",
    ),
    (
        "The agency mentioned it will lay off round 1,000 staff as a part of a restructuring plan.",
        "The firm said it would lay off around 1,000 workers as part of a restructuring plan.",
    ),
    (
        "Native weather change is inflicting extra frequent and extreme warmth waves, scientists warn.",
        "Climate change is causing more frequent and severe heat waves, scientists warn.",
    ),
    (
        "The suspect was taken into custody and faces fees of theft and assault, police stated.",
        "The suspect was taken into custody and faces charges of robbery and assault, police said.",
    ),
    (
        "The corporate's shares rose 5 p.c after it reported better-than-expected earnings for the quarter.",
        "The company's shares rose 5 percent after it reported better-than-expected earnings for the quarter.",
    ),
    (
        "The brand new vaccine was discovered to be 90 p.c efficient in stopping extreme sickness.",
        "The new vaccine was found to be 90 percent effective in preventing severe illness.",
    ),
    (
        "The app permits customers to share pictures and movies with their pals and household.",
        "The app allows users to share photos and videos with their friends and family.",
    ),
    (
        "The governor signed the invoice into legislation on Friday, regardless of opposition from "
        "Republican lawmakers.",
        "The governor signed the bill into law on Friday, despite opposition from Republican lawmakers.",
    ),
    (
        "The coach mentioned his gamers confirmed nice character to come back again from two objectives down.",
        "The coach said his players showed great character to come back from two goals down.",
    ),
    (
        "The film grossed greater than $100 million on its opening weekend, making it the most important "
        "launch of the yr.",
        "The movie grossed more than $100 million on its opening weekend, making it the biggest release of the year.",
    ),
    (
        "Residents have been informed to remain indoors and hold their home windows closed due to the smoke.",
        "Residents were told to stay indoors and keep their windows closed because of the smoke.",
    ),
    (
        "The research discovered that kids who spend extra time on screens usually tend to have sleep issues.",
        "The study found that children who spend more time on screens are more likely to have sleep problems.",
    ),
    (
        "The 2 leaders met on the sidelines of the summit to debate commerce and safety points.",
        "The two leaders met on the sidelines of the summit to discuss trade and security issues.",
    ),
    (
        "Authorities mentioned the sufferer was a 25-year-old lady who lived within the neighborhood.",
        "Authorities said the victim was a 25-year-old woman who lived in the neighborhood.",
    ),
    (
        "The tech big is dealing with an antitrust investigation over its promoting enterprise.",
        "The tech giant is facing an antitrust investigation over its advertising business.",
    ),
    (
        "The tennis star withdrew from the match resulting from a knee harm.",
        "The tennis star withdrew from the tournament due to a knee injury.",
    ),
    (
        "Inflation has eased in current months, however costs stay excessive for meals and vitality.",
        "Inflation has eased in recent months, but prices remain high for food and energy.",
    ),
    (
        "The band will launch their new album in March, adopted by a tour of Europe and North America.",
        "The band will release their new album in March, followed by a tour of Europe and North America.",
    ),
    (
        "The court docket dominated that the regulation was unconstitutional and ordered the state to pay damages.",
        "The court ruled that the law was unconstitutional and ordered the state to pay damages.",
    ),
    (
        "The airline cancelled tons of of flights due to the storm, leaving 1000's of passengers stranded.",
        "The airline cancelled hundreds of flights because of the storm, leaving thousands of passengers stranded.",
    ),
    (
        "Researchers say the brand new remedy may assist sufferers with most cancers reside longer.",
        "Researchers say the new treatment could help patients with cancer live longer.",
    ),
    (
        "The mayor introduced a plan to construct 5,000 new houses over the following 5 years.\n\n"
        "Critics mentioned the plan doesn't go far sufficient to deal with the housing scarcity.",
        "The mayor announced a plan to build 5,000 new homes over the next five years.\n\n"
        "Critics said the plan does not go far enough to address the housing shortage.",
    ),
    (
        "The police division mentioned it had obtained a number of complaints in regards to the officer. "
        "An inside investigation is underway.\n\n"
        "The officer has been positioned on administrative depart pending the end result of the "
        "investigation, officers stated.",
        "The police department said it had received several complaints about the officer. "
        "An internal investigation is underway.\n\n"
        "The officer has been placed on administrative leave pending the outcome of the "
        "investigation, officials said.",
    ),
    # Sparse paragraphs: one or two fingerprints a sentence.
    (
        "The central financial institution left its key price unchanged on Thursday. Officers mentioned "
        "inflation had eased in current months, however warned that costs stay excessive. Analysts count on "
        "rates of interest to fall later this yr.",
        "The central bank left its key rate unchanged on Thursday. Officials said inflation had eased in "
        "recent months, but warned that prices remain high. Analysts expect interest rates to fall later this "
        "year.",
    ),
    (
        "The brand new stadium will open subsequent season. The membership mentioned tickets will go on sale "
        "in March. Followers have waited greater than ten years for the mission to be accomplished.",
        "The new stadium will open next season. The club said tickets will go on sale in March. Fans have "
        "waited more than ten years for the project to be completed.",
    ),
    (
        "Well being officers reported 300 new circumstances on Monday. The variety of sufferers in hospital "
        "has doubled for the reason that starting of the month. Residents are urged to put on a face masks in "
        "crowded locations.",
        "Health officials reported 300 new cases on Monday. The number of patients in hospital has doubled "
        "since the beginning of the month. Residents are urged to wear a face mask in crowded places.",
    ),
    (
        "The suspect appeared in court docket on Friday. Prosecutors mentioned he faces a number of fees, "
        "together with theft. His lawyer stated he would plead not responsible.",
        "The suspect appeared in court on Friday. Prosecutors said he faces several charges, including "
        "robbery. His lawyer said he would plead not guilty.",
    ),
    (
        "The corporate introduced its outcomes on Tuesday.\n\nGross sales rose 12 p.c within the third "
        "quarter, the agency mentioned.\n\nShares within the firm closed greater than 4 p.c greater.",
        "The company announced its results on Tuesday.\n\nSales rose 12 percent in the third quarter, the "
        "firm said.\n\nShares in the company closed more than 4 percent higher.",
    ),
]

#: Clean news sentences with the spinner's words in their ordinary senses.
CLEAN: list[str] = [
    "The army said the offensive had reached its final stage after weeks of fighting.",
    "She is a famous singer whose current tour has sold out in every city.",
    "Lawmakers will make the final decision at the assembly next week, officials stated.",
    "In line with expectations, the central bank left interest rates unchanged on Thursday.",
    "A financial institution such as a bank must hold enough capital to cover its losses.",
    "He mentioned the plan at a gathering of friends last summer.",
    "The company stated that it shall be ready to deliver the first units within the year.",
    "Officers from the local police department attended the ceremony.",
    "At present, a number of hospitals in the region are short of staff.",
    "The minister ought to have known about the problem, critics said.",
    "The suspect was presently identified by officers on the scene.",
    "The circumstances of his death remain unclear, police said.",
    "A variety of dishes was served at the wedding reception.",
    "The fees charged by the bank rose sharply this year.",
    "The museum is dealing with a backlog of requests from researchers.",
    "Her well-being is our main concern, the family stated in a short note.",
    "Interest in the election has grown, with turnout at a record high.",
    "The share price of the company fell after the announcement.",
    "Several factors contributed to the decline in sales, analysts said.",
    "The famous old bridge was closed for repairs within the first week of June.",
    "The current was strong enough to sweep swimmers out to sea.",
    "The final match of the season will be played on Saturday.",
    "The assembly line at the plant was shut down for two days.",
    "The general assembly of the United Nations meets every September.",
    "The police stated in a report that no one was injured.",
    "The army and the navy held joint exercises off the coast.",
    "The board will consider a number of proposals at its meeting in March.",
    "In the course of the investigation, detectives interviewed more than 40 witnesses.",
    "Folks music festivals draw large crowds every summer in the region.",
    "The individual who found the wallet returned it to its owner.",
    "The regulation of financial markets is a matter for parliament, the court stated.",
    "Historical records show the town was founded in 1742.",
    "The gathering storm forced organisers to cancel the outdoor concert.",
    "He stated his name and address and was allowed to leave.",
    "The station is within the city limits, a short walk from the main square.",
    "The committee shall be composed of nine members, the law states.",
    "Rates of pay for nurses have not kept pace with inflation, the union said.",
    "The team's current form suggests they can reach the final.",
    "Investors ought to be cautious, a number of analysts warned on Monday.",
    "The bank, the largest financial institution in the country, said profits rose.",
    "The officers stated that the house had been empty for years. A number of neighbours had complained "
    "about the noise, and the council said it was presently reviewing the case.",
    "The assembly voted on Tuesday to extend the current rules. Officials said the final text would be "
    "published within the next month, and a gathering of experts would review it.",
]


#: Context-only entries for the spun items, so that the evidence model is measured on its own:
#: the shipped lexicons grow, and a ``fix`` entry there settles a sentence without any evidence.
CONTEXT_ENTRIES = """
a number of|several|x
affected person|patient|x
agency|firm|n
brand new|new|x
buyer|investor|n
central financial institution|central bank|n
circumstance|case|n
close by|nearby|x
collection|series|n
corporate|company|x
current months|recent months|x
dealing with|facing|x
disaster|crisis|n
extra|more|x
facet|side|x
fees|charges|x
fireplace|fire|x
followers|fans|x
gamers|players|x
greater than|more than|x
group|team|n
homicide|murder|x
house|home|n
in additional than|in more than|x
international locations|countries|x
inventory market|stock market|x
later this yr|later this year|x
laws|legislation|x
membership|club|x
mentioned|said|x
mission|project|x
officer|official|n
on the scene|at the scene|x
physique|body|x
rates of interest|interest rates|x
recreation|game|n
research|study|n
residence|apartment|x
share factors|percentage points|x
staff|workers|x
stage|level|x
stated|said|x
steady situation|stable condition|x
subsequent month|next month|x
system|device|x
theft|robbery|x
variety of|number of|x
web loss|net loss|x
well being|health|x
within the|in the|x
"""


def context_lexicon(folder: Path) -> str:
    """Write :data:`CONTEXT_ENTRIES` as a spinner lexicon in ``folder`` and return its path."""
    path = folder / "context.tsv"
    rows = [line.split("|") for line in CONTEXT_ENTRIES.split("\n") if line]
    path.write_text("".join(f"{a}\t{b}\tcontext\t{pos}\n" for a, b, pos in rows), "utf-8")
    return str(path)


def spinner_edits(text: str, options: dict[str, Any]) -> tuple[str, int, int]:
    """(repaired text, applied edits, fingerprints found) with SPN alone."""
    r = repair(text, select=["SPN"], **options)
    found = sum(len(p["fingerprints"]) for p in explain(text, Options(extra=options))["paragraphs"])
    return r.text, len(r.edits), found


def evaluate(title: str, options: dict[str, Any], verbose: bool) -> None:
    """Print the spun and clean results with one lexicon setting."""
    print(f"== {title}")
    fixed = found = exact = touched = 0
    for spun, original in SPUN:
        out, n_edits, n_found = spinner_edits(spun, options)
        fixed += n_edits
        found += n_found
        exact += out == original
        touched += n_edits > 0
        if verbose:
            mark = "=" if out == original else ("~" if n_edits else "-")
            print(f"{mark} [{n_edits}/{n_found}] {out!r}")
    print(
        f"spun: {len(SPUN)} items, fingerprints found {found}, edits applied {fixed}, items touched {touched}, "
        f"exactly restored {exact}"
    )
    harm = 0
    for text in CLEAN:
        for e in repair(text, select=["SPN"], **options).edits:
            harm += 1
            print(f"CLEAN EDIT {e.rule} {e.before!r} -> {e.after!r} ({e.message}) in {text!r}")
    print(f"clean: {len(CLEAN)} items, applied edits {harm} (target 0)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="show every spun item's output")
    ap.add_argument("--lexicon", action="append", default=[], help="an extra spinner lexicon to include")
    args = ap.parse_args(argv)
    evaluate(
        "shipped lexicons" + (" + " + ", ".join(args.lexicon) if args.lexicon else ""),
        {"spinner_lexicons": args.lexicon},
        args.verbose,
    )
    with tempfile.TemporaryDirectory() as tmp:
        only = {"spinner_builtin": False, "spinner_lexicons": [context_lexicon(Path(tmp))]}
        evaluate("context entries only (CONTEXT_ENTRIES): the evidence model alone", only, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
