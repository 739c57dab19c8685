"""Entity internals: NER corpora readers, model features, gazetteer matching, canonical names."""
