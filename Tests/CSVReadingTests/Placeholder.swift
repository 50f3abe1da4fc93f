import Testing

@Test func placeholderCSVReading() { #expect(1 + 1 == 2) }
