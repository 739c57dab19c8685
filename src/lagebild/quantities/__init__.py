"""Language knowledge of the quantity component: number words, scales, qualifiers, units (compiled from lang/<code>/quantities/)."""
