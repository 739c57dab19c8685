"""Relations: who does what to whom, coded on PLOVER event types (gold/SCHEMA.md, RELATION).

``lexicon`` reads the trigger, preposition, status, object and agent words of lang/<code>/relations/;
``extract`` finds the events of a document from its entities, attributions, quantities and time expressions.
"""
