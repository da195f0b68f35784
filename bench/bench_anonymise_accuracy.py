"""Leaks and over-redactions on the adversarial corpus (tests/builders/adversarial.py),
per kind: the anonymiser alone, the overview draft's way (suspects replaced, what
replaced them highlighted), the executive summary's way (suspects replaced), and the
anchor, Microsoft Presidio's analyzer with deny-lists from the case key and its pattern
recognisers (no spaCy model: spaCy's models cannot be installed with pip here, so a blank English
pipeline gives it tokens only).

`python -m bench anonymise_accuracy` prints the figures; nothing is asserted.
"""

from __future__ import annotations

import re
from collections import Counter

from tests.builders.adversarial import build_corpus, document_text, left_in, lost_from
from tests.builders.publishing import publish

SEED, FAMILIES = 5, 12


def _presidio():
    """An analyzer with no trained model, or None when presidio-analyzer is absent."""
    try:
        import spacy
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import SpacyNlpEngine
    except ImportError:
        return None

    class BlankEngine(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    import tldextract

    # Presidio's email and URL recognisers ask tldextract, which would fetch the public
    # suffix list over the network: the list shipped inside tldextract is used instead.
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    engine = BlankEngine(models=[{"lang_code": "en", "model_name": "blank"}])
    engine.load()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    return analyzer


def _deny_list(case) -> list[str]:
    """Every word of the key's names and addresses, and the agencies' names."""
    words = set()
    for person in case.people:
        words |= set(re.findall(r"[^\W\d_][\w'’-]*", person.name))
        words |= {part.strip() for part in person.address.split(",") if part.strip()}
    for member in case.staff:
        words |= set(re.findall(r"[^\W\d_][\w'’-]*", member.name))
    words |= {a.name for a in case.agencies if a.locates}
    return sorted(words, key=len, reverse=True)


def _presidio_text(analyzer, item) -> str:
    from presidio_analyzer import PatternRecognizer

    deny = PatternRecognizer(supported_entity="KEY", deny_list=_deny_list(item.case))
    out = []
    for line in document_text(item.data).splitlines():
        results = analyzer.analyze(text=line, language="en", ad_hoc_recognizers=[deny])
        for result in sorted(results, key=lambda r: -r.start):
            line = line[:result.start] + f"<{result.entity_type}>" + line[result.end:]
        out.append(line)
    return "\n".join(out)


def _row(name: str, left: Counter, planted: Counter, lost: Counter, phrases: int,
         extra: str = "") -> None:
    kinds = ", ".join(f"{k} {left[k]}/{planted[k]}" for k in sorted(planted))
    print(f"{name:<34} left {sum(left.values()):>3}/{sum(planted.values())} "
          f"({100 * sum(left.values()) / sum(planted.values()):.1f}%); ordinary lost "
          f"{sum(lost.values())}/{phrases}{extra}")
    print(f"{'':<34} left by kind: {kinds}")
    if lost:
        print(f"{'':<34} lost: " + "; ".join(f"{p!r} x{n}" for p, n in lost.most_common()))


def _phrase(text: str) -> str:
    """An ordinary phrase without the family's own words, so like phrases count as one."""
    return re.sub(r"\b(?:January|February|March|April|May|June)\b", "<month>", text)


def main() -> None:
    corpus = build_corpus(seed=SEED, families=FAMILIES)
    planted: Counter = Counter(p.kind for item in corpus for p in item.planted)
    phrases = sum(len(item.ordinary) for item in corpus)
    figures = {way: (Counter(), Counter(), 0) for way in ("anonymiser", "overview", "summary")}
    for item in corpus:
        for way, mode in (("overview", "mark"), ("summary", "replace")):
            anonymised, verdict = publish(item, mode)
            left, lost, unlisted = figures[way]
            text = document_text(verdict.data)
            remaining = left_in(text, item.planted, item.ordinary)
            left.update(p.kind for p in remaining)
            listed = " ".join(s.text for s in verdict.suspects).lower()
            lost.update(_phrase(p) for p in lost_from(text, item.ordinary))
            figures[way] = (left, lost, unlisted + sum(1 for p in remaining
                                                       if p.text.lower() not in listed))
            if way == "overview":
                alone = document_text(anonymised)
                a_left, a_lost, _ = figures["anonymiser"]
                a_left.update(p.kind for p in left_in(alone, item.planted, item.ordinary))
                a_lost.update(_phrase(p) for p in lost_from(alone, item.ordinary))
    print(f"adversarial corpus: {FAMILIES} families, {sum(planted.values())} planted "
          f"identifiers in every part, {phrases} ordinary phrases")
    for way, label in (("anonymiser", "anonymiser alone"),
                       ("overview", "overview draft (replaced, marked)"),
                       ("summary", "executive summary (replaced)")):
        left, lost, unlisted = figures[way]
        extra = f"; left and not listed as a suspect {unlisted}" if way == "overview" else ""
        _row(label, left, planted, lost, phrases, extra)
    analyzer = _presidio()
    if analyzer is None:
        print("presidio-analyzer not installed: pip install -e '.[anchor]' (make bench does)")
        return
    left, lost = Counter(), Counter()
    for item in corpus:
        text = _presidio_text(analyzer, item)
        left.update(p.kind for p in left_in(text, item.planted, item.ordinary))
        lost.update(_phrase(p) for p in lost_from(text, item.ordinary))
    _row("presidio (deny-lists, no model)", left, planted, lost, phrases)


if __name__ == "__main__":
    main()
