using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Campaign.Cards;

/// <summary>The whole host on WebApplicationFactory, its store and generated keys in a fresh directory, with the card
/// test pledges added to its content.</summary>
public sealed class CardsHost : IAsyncLifetime
{
    public const string PublicBaseUrl = "https://khongmotminh.example";

    private readonly TemporaryDirectory _dataDir = new();

    public TestHost Factory { get; private set; } = null!;

    public string DataDir => _dataDir.Path;

    public ICampaignLinks Links => Factory.Services.GetRequiredService<ICampaignLinks>();

    public Task InitializeAsync()
    {
        Factory = Create(DataDir).Start();
        return Task.CompletedTask;
    }

    /// <summary>Another host on <paramref name="dataDir"/>; the caller disposes it.</summary>
    public static TestHost Create(string dataDir) => Builder(dataDir).Build();

    /// <summary>The wiring of <see cref="Create"/>, for a test that adds settings or log capture.</summary>
    public static TestHostBuilder Builder(string dataDir) => TestHost.Create()
        .WithDataDir(dataDir)
        .With("Campaign:PublicBaseUrl", PublicBaseUrl)
        .WithFake<IContentSource, CardTestContent>();

    /// <summary>The path and query of a card URL, for the test client.</summary>
    public static string Relative(string url) => new Uri(url).PathAndQuery;

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        _dataDir.Dispose();
    }
}
