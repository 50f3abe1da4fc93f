// CSVReading module: see docs/architecture in README.
