// Pipeline module: see docs/architecture in README.
