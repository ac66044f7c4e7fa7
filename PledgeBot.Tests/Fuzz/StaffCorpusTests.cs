using System.Net;

namespace PledgeBot.Tests.Fuzz;

/// <summary>The fixed corpus of issue 16's cause 6: a range ending on the calendar's last day once threw after the
/// export's 200 had started (a CSV cut off mid-stream) and failed the dashboard; every range is now checked before the
/// first byte.</summary>
[Collection(FuzzCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class StaffCorpusTests(FuzzHostFixture host)
{
    [Theory]
    [InlineData("admin/export/pledges.csv")]
    [InlineData("admin/export/quiz.csv")]
    [InlineData("admin/export/safety.csv")]
    [InlineData("admin/export/pledges.json")]
    [InlineData("admin/dashboard.json")]
    public async Task Refuses_a_range_ending_on_the_last_day_of_the_calendar_with_400_before_any_byte(string route)
    {
        var mark = host.Log.Errors.Count;
        using var client = host.StaffClient();

        foreach (var query in new[] { "?from=9999-12-01&to=9999-12-31", "?from=9998-12-31&to=9999-12-31", "?from=0001-01-01&to=0001-01-31" })
        {
            using var response = await client.GetAsync(route + query);
            await FuzzAssert.RefusedWithReasonAsync(response, route + query, HttpStatusCode.BadRequest);
        }

        await FuzzAssert.StillHealthyAsync(host, mark);
    }

    [Theory]
    [InlineData("admin/export/pledges.csv")]
    [InlineData("admin/export/quiz.csv")]
    [InlineData("admin/export/safety.csv")]
    public async Task Streams_a_csv_over_the_last_days_allowed_to_its_last_line(string route)
    {
        using var client = host.StaffClient();

        using var response = await client.GetAsync(route + "?from=2999-01-01&to=2999-12-31");

        await FuzzAssert.AnsweredAsync(response, route);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
