using PledgeBot.Staff.Exports;

namespace PledgeBot.Tests.Staff.Exports;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ExportRangeTests
{
    [Theory]
    [InlineData("9999-12-01", "9999-12-31", "from")]
    [InlineData("2999-12-01", "3000-01-01", "to")]
    [InlineData("0001-01-01", "0001-01-02", "from")]
    [InlineData("1999-12-31", "2000-01-01", "from")]
    public void Refuses_a_range_outside_the_campaign_years_with_a_reason(string from, string to, string field)
    {
        Assert.False(ExportRange.TryParse(from, to, out _, out var refused, out var reason));

        Assert.Equal(field, refused);
        Assert.Contains("between 2000-01-01 and 2999-12-31", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_the_days_up_to_the_last_day_of_the_calendar_without_stepping_past_it()
    {
        var range = new ExportRange(DateOnly.MaxValue.AddDays(-2), DateOnly.MaxValue);

        Assert.Equal(["9999-12-29", "9999-12-30", "9999-12-31"], range.Days());
    }

    [Fact]
    public void Accepts_a_range_at_the_edges_of_the_campaign_years()
    {
        Assert.True(ExportRange.TryParse("2999-12-01", "2999-12-31", out var range, out _, out _));

        Assert.Equal(31, range.Days().Count());
    }
}
