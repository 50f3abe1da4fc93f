// Validation module: see docs/architecture in README.
