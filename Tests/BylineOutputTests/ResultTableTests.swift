import BylineQuery
import Testing

@Test func valueTypesDescribeThemselves() {
  #expect(ValueType.list(.text).description == "list of text")
  #expect(Value.null.isNull)
  #expect(!Value.integer(0).isNull)
}
