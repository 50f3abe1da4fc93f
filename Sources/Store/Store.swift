// Store module: see docs/architecture in README.
