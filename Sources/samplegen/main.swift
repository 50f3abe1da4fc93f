print("samplegen: not yet written")
