using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Cards;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Cards;

public sealed class CardSigningKeyRestartTests : IDisposable
{
    private readonly TemporaryDirectory _dataDir = new();

    [Fact]
    public async Task Generates_the_signing_key_once_and_serves_cards_linked_before_a_restart()
    {
        var card = new PledgeCard(321, ["otp", "2fa", "tell"], "FRIEND7", "en");
        var keyFile = CardSigningKeyFile.PathIn(_dataDir.Path);
        string url;
        string key;
        await using (var first = CardsHost.Create(_dataDir.Path))
        {
            _ = first.Server;
            url = first.Services.GetRequiredService<ICampaignLinks>().PledgeCardUrl(card);
            key = await File.ReadAllTextAsync(keyFile);
        }

        await using var second = CardsHost.Create(_dataDir.Path);
        using var client = second.CreateClient();
        using var response = await client.GetAsync(CardsHost.Relative(url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(key, await File.ReadAllTextAsync(keyFile));
        Assert.Equal(url, second.Services.GetRequiredService<ICampaignLinks>().PledgeCardUrl(card));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(keyFile)!));
    }

    public void Dispose() => _dataDir.Dispose();
}
