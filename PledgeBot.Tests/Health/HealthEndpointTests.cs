using System.Net;
using PledgeBot.Tests.Integration.Http;

namespace PledgeBot.Tests.Health;

[Collection(HttpCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class HealthEndpointTests(BotHostFixture host)
{
    private readonly HttpClient _client = host.Factory.CreateClient();

    [Fact]
    public async Task Reports_the_process_alive_on_healthz()
    {
        using var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Reports_ready_on_readyz_while_the_store_answers()
    {
        using var response = await _client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
