using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Campaign.Cards;

[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class CardSigningKeyRestartTests : IDisposable
{
    private readonly TemporaryDirectory _dataDir = new();

    [Fact]
    public async Task Generates_the_signing_key_once_in_the_embedded_store_and_serves_cards_linked_before_a_restart()
    {
        var card = new PledgeCard(321, ["otp", "2fa", "tell"], "FRIEND7", "en");
        string url;
        await using (var first = CardsHost.Create(_dataDir.Path))
        {
            _ = first.Server;
            url = first.Services.GetRequiredService<ICampaignLinks>().PledgeCardUrl(card);
        }

        await using var second = CardsHost.Create(_dataDir.Path);
        using var client = second.CreateClient();
        using var response = await client.GetAsync(CardsHost.Relative(url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(url, second.Services.GetRequiredService<ICampaignLinks>().PledgeCardUrl(card));
        Assert.False(Directory.Exists(Path.Combine(_dataDir.Path, "cards")));
    }

    public void Dispose() => _dataDir.Dispose();
}
