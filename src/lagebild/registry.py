"""Every pipeline component, registered by name in one place.

Values are ``module:Class`` relative to the lagebild package; modules are
imported on first use so that ``lagebild --help`` stays fast.
A test lists these names and checks each class declares the same name.
"""

COMPONENTS: dict[str, str] = {
    "segmenter": ".pipeline.segmenter:Segmenter",
    "entities": ".pipeline.entities:Entities",
    "timexes": ".pipeline.timexes:Timexes",
    "dating": ".pipeline.dating:Dating",
    "quantities": ".pipeline.quantities:Quantities",
    "attribution": ".pipeline.attribution:Attributor",
    "claims": ".pipeline.claims:Claims",
    "relations": ".pipeline.relations:Relations",
}

# The default pipeline, in order. Language detection runs before it (it picks the pipeline).
DEFAULT_PIPELINE: tuple[str, ...] = (
    "segmenter",
    "entities",
    "timexes",
    "dating",
    "quantities",
    "attribution",
    "claims",
    "relations",
)
