using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace PledgeBot.Tests.Fixtures;

/// <summary>The one test host builder every host fixture declares its settings over.</summary>
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class TestHostBuilderTests
{
    [Fact]
    public async Task Applies_settings_in_the_order_given_so_a_later_value_wins_and_replaces_services_with_fakes()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 7, 0, 0, TimeSpan.Zero));
        await using var host = TestHost.Create()
            .With("Campaign:PublicBaseUrl", "https://first.example")
            .With(("Campaign:PublicBaseUrl", "https://second.example"))
            .WithStaffKey("a-staff-key-for-the-builder-tests")
            .WithClock(clock)
            .Start();

        var configuration = host.Services.GetRequiredService<IConfiguration>();
        Assert.Equal("https://second.example", configuration["Campaign:PublicBaseUrl"]);
        Assert.Equal("0", configuration["FloodControl:MessagesPerWindow"]);
        Assert.Equal(KeyHash.Of("a-staff-key-for-the-builder-tests"), configuration["Staff:ApiKeys:0"]);
        Assert.Equal(host.DataDir, configuration["Store:DataDir"]);
        Assert.Same(clock, host.Services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task Deletes_the_data_directory_it_made_when_the_host_stops_and_keeps_one_it_was_given()
    {
        using var given = new TemporaryDirectory();
        var made = TestHost.Create().Start();
        var kept = TestHost.Create().WithDataDir(given.Path).Start();
        var madeDir = made.DataDir;

        await made.DisposeAsync();
        await kept.DisposeAsync();

        Assert.False(Directory.Exists(madeDir));
        Assert.True(Directory.Exists(given.Path));
        Assert.Equal(given.Path, kept.DataDir);
    }

    [Fact]
    public async Task Serves_on_a_real_loopback_socket_when_asked()
    {
        await using var host = TestHost.Create().OnLoopback().Start();
        using var client = host.Client();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(IPAddress.Loopback.ToString(), host.BaseAddress!.Host);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Disposes_what_a_fixture_started_the_last_first()
    {
        var stopped = new List<string>();
        var set = new TestHostSet();
        set.Add(new Stoppable("fake server", stopped));
        set.Add(new Stoppable("host", stopped));

        await set.DisposeAsync();

        Assert.Equal(["host", "fake server"], stopped);
    }

    private sealed class Stoppable(string name, List<string> stopped) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            stopped.Add(name);
            return ValueTask.CompletedTask;
        }
    }
}
