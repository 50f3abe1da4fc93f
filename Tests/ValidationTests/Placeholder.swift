import Testing

@Test func placeholderValidation() { #expect(1 + 1 == 2) }
