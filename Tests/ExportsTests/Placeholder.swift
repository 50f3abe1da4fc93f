import Testing

@Test func placeholderExports() { #expect(1 + 1 == 2) }
