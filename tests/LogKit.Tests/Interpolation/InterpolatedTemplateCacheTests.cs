using LogKit.Interpolation;

namespace LogKit.Tests.Interpolation;

public class InterpolatedTemplateCacheTests
{
    [Theory]
    [InlineData("userId", 0, "userId")]
    [InlineData("_count", 1, "_count")]
    [InlineData("order.Id", 0, "Id")]
    [InlineData("this.order.Customer.Name", 2, "Name")]
    [InlineData(" order . Total ", 0, "Total")]
    [InlineData("GetHashCode()", 3, "Arg3")]
    [InlineData("a + b", 1, "Arg1")]
    [InlineData("items[0]", 0, "Arg0")]
    [InlineData("42", 5, "Arg5")]
    [InlineData("", 0, "Arg0")]
    [InlineData("order?.Id", 0, "Id")]
    public void NamesAPropertyFromAHolesExpression(string expression, int position, string expected)
        => InterpolatedTemplateCache.NameFromExpression(expression, position).Should().Be(expected);
}
