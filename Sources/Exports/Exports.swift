// Exports module: see docs/architecture in README.
