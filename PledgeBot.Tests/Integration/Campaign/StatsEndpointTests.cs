using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Tests.Fixtures;
using static PledgeBot.Tests.Campaign.TestPledges;

namespace PledgeBot.Tests.Integration.Campaign;

/// <summary>GET /api/stats over HTTP, on a host whose ledger writes to a real redis-server.</summary>
[Collection(RedisServerCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class StatsEndpointTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(Noon.AddSeconds(30.5));
    private TestHost _host = null!;

    [Fact]
    public async Task Serves_pledges_by_province_name_and_quiz_completions_as_json()
    {
        var ledger = _host.Services.GetRequiredService<ICampaignLedger>();
        await ledger.RecordPledgeAsync(Pledge(1, province: StatsContent.NorthId), CancellationToken.None);
        await ledger.RecordPledgeAsync(Pledge(2, province: StatsContent.SouthId), CancellationToken.None);
        await ledger.RecordPledgeAsync(Pledge(3, province: StatsContent.NorthId), CancellationToken.None);
        await ledger.RecordPledgeAsync(Pledge(4, province: "atlantis"), CancellationToken.None);
        await ledger.RecordQuizAsync(new QuizRecord(User(1), 5, 5, "zalo", null, Noon), CancellationToken.None);
        using var client = _host.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/stats", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=2", response.Headers.CacheControl?.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(["pledges", "pledgesByProvince", "quizCompletions", "updatedAt"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(4, root.GetProperty("pledges").GetInt64());
        Assert.Equal(
            [(StatsContent.NorthName, 2L), ("atlantis", 1L), (StatsContent.SouthName, 1L)],
            root.GetProperty("pledgesByProvince").EnumerateObject().Select(p => (p.Name, p.Value.GetInt64())));
        Assert.Equal(1, root.GetProperty("quizCompletions").GetInt64());
        Assert.Equal("2026-11-23T05:00:30Z", root.GetProperty("updatedAt").GetString());
    }

    [Fact]
    public async Task Serves_the_same_totals_for_2_seconds_then_fresh_ones()
    {
        var ledger = _host.Services.GetRequiredService<ICampaignLedger>();
        await ledger.RecordPledgeAsync(Pledge(1), CancellationToken.None);
        using var client = _host.CreateClient();

        var first = await PledgesAsync(client);
        await ledger.RecordPledgeAsync(Pledge(2), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1.9));
        var cached = await PledgesAsync(client);
        _time.Advance(TimeSpan.FromSeconds(0.1));
        var fresh = await PledgesAsync(client);

        Assert.Equal((1, 1, 2), (first, cached, fresh));
    }

    [Fact]
    public async Task Answers_405_to_a_POST()
    {
        using var client = _host.CreateClient();

        using var response = await client.PostAsync(new Uri("/api/stats", UriKind.Relative), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    public Task InitializeAsync()
    {
        _host = TestHost.Create().WithStore(redis, Prefix()).WithFake<IContentSource, StatsContent>().WithClock(_time).Build();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
    }

    private static async Task<long> PledgesAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/stats", UriKind.Relative)));
        return json.RootElement.GetProperty("pledges").GetInt64();
    }
}
