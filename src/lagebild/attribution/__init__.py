"""Attribution internals: who says what, how (quotes, reported speech, according-to cues), and how sure (hedges).

The pipeline component is ``lagebild.pipeline.attribution.Attribution``; the modules here hold its parts:
``lexicon`` (the language resources), ``text`` (clauses and quote marks), ``sources`` (source noun phrases and
canonical names), ``extract`` (the attribution rules) and ``hedging`` (source and certainty of every figure).
"""
