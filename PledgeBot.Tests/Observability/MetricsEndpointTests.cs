using System.Net;
using System.Net.Http.Headers;

namespace PledgeBot.Tests.Observability;

[Collection(ObservabilityCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class MetricsEndpointTests(ObservabilityHostFixture host)
{
    [Fact]
    public async Task Refuses_a_scrape_without_the_staff_key()
    {
        using var client = host.Factory.CreateClient();

        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_scrape_with_a_wrong_key()
    {
        using var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-staff-key");

        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Serves_the_PledgeBot_instruments_in_the_Prometheus_format_to_the_staff_key()
    {
        using var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ObservabilityHostFixture.StaffKey);

        using var response = await client.GetAsync("/metrics");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("pledgebot_queue_depth", body, StringComparison.Ordinal);
        Assert.Contains("pledgebot_live_subscribers", body, StringComparison.Ordinal);
    }
}
