using PledgeBot.Observability;

namespace PledgeBot.Tests.Observability;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class TelemetryScrubbingTests
{
    [Theory]
    [InlineData("/amer/v3/conversations/19%3Aab12%7Ctest/activities/f00d%7C0000005", "/amer/v3/conversations/{id}/activities/{id}")]
    [InlineData("/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/sendMessage", "/{id}/sendMessage")]
    [InlineData("/v3/directline/conversations/Bx4Ksu0nrh9LKc3QZ8kQ2X/activities", "/v3/directline/conversations/{id}/activities")]
    [InlineData("/v25.0/me/messages", "/v25.0/me/messages")]
    [InlineData("/v3.0/oa/message/cs", "/v3.0/oa/message/cs")]
    [InlineData("/api/messages", "/api/messages")]
    [InlineData("/", "/")]
    public void Keeps_an_API_paths_words_and_replaces_every_id_and_token(string path, string shaped)
    {
        Assert.Equal(shaped, TelemetryScrubbing.ShapePath(path));
    }

    [Fact]
    public void Replaces_a_long_all_letter_segment_as_an_id()
    {
        Assert.Equal("/conversations/{id}", TelemetryScrubbing.ShapePath("/conversations/abcdefghijklmnopqrstuv"));
    }
}
