using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using PledgeBot.Campaign;
using PledgeBot.Campaign.Cards;
using PledgeBot.Campaign.Links;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Tests.Campaign.Cards;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class CampaignLinksTests
{
    private static readonly byte[] s_key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly PledgeCard s_card = new(12_345, ["otp", "2fa", "tell"], "ABC123", "vi");

    private readonly CardSigner _signer = new(s_key);

    [Theory]
    [InlineData("https://khongmotminh.example", "https://khongmotminh.example/?ref=ABC123")]
    [InlineData("https://khongmotminh.example/", "https://khongmotminh.example/?ref=ABC123")]
    [InlineData("https://example.org/bot/", "https://example.org/bot/?ref=ABC123")]
    public void Builds_an_invite_link_under_the_public_base_url(string baseUrl, string expected)
    {
        Assert.Equal(expected, Links(baseUrl).InviteUrl("ABC123"));
    }

    [Fact]
    public void Uses_localhost_3978_when_no_public_base_url_is_configured()
    {
        var links = new CampaignLinks(Options.Create(new CampaignOptions()), _signer);

        Assert.Equal("http://localhost:3978/?ref=ABC123", links.InviteUrl("ABC123"));
    }

    [Fact]
    public void Signs_a_card_url_that_its_signer_verifies()
    {
        var url = new Uri(Links("https://khongmotminh.example").PledgeCardUrl(s_card));

        Assert.Equal("https://khongmotminh.example/cards/pledge.png", url.GetLeftPart(UriPartial.Path));
        Assert.StartsWith("?n=12345&p=otp.2fa.tell&c=ABC123&l=vi&s=", url.Query, StringComparison.Ordinal);
        Assert.True(Parse(url.Query, out var card, out var signature));
        Assert.Equal(s_card.Number, card.Number);
        Assert.Equal(s_card.PledgeIds, card.PledgeIds);
        Assert.Matches("^[A-Za-z0-9_-]{22}$", signature);
        Assert.True(_signer.Verify(card, signature));
    }

    [Theory]
    [InlineData("n", "12346")]
    [InlineData("p", "otp.2fa")]
    [InlineData("p", "2fa.otp.tell")]
    [InlineData("c", "ABC124")]
    [InlineData("l", "en")]
    public void Refuses_a_card_url_with_any_parameter_changed(string name, string value)
    {
        var query = QueryHelpers.ParseQuery(new Uri(Links("https://khongmotminh.example").PledgeCardUrl(s_card)).Query);
        query[name] = value;

        Assert.True(Parse(QueryString.Create(query).Value!, out var card, out var signature));
        Assert.False(_signer.Verify(card, signature));
    }

    [Theory]
    [InlineData("")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("ÀAAAAAAAAAAAAAAAAAAAAA")]
    public void Refuses_a_signature_that_is_not_the_cards(string signature)
    {
        Assert.False(_signer.Verify(s_card, signature));
    }

    [Fact]
    public void Refuses_a_card_signed_with_another_key()
    {
        var other = new CardSigner(new byte[32]);

        Assert.False(_signer.Verify(s_card, other.Sign(s_card)));
    }

    [Theory]
    [InlineData(0, "otp", "ABC123", "vi")]
    [InlineData(1_000_000_001, "otp", "ABC123", "vi")]
    [InlineData(1, "otp.otp", "ABC123", "vi")]
    [InlineData(1, "a.b.c.d.e.f.g.h.i.j.k", "ABC123", "vi")]
    [InlineData(1, "otp", "abc123", "vi")]
    [InlineData(1, "otp", "AB", "vi")]
    [InlineData(1, "otp", "ABC123", "fr")]
    public void Refuses_to_link_a_card_the_endpoint_would_not_serve(long number, string ids, string code, string language)
    {
        var links = Links("https://khongmotminh.example");

        Assert.Throws<ArgumentException>(() => links.PledgeCardUrl(new PledgeCard(number, ids.Split('.'), code, language)));
    }

    private CampaignLinks Links(string baseUrl) =>
        new(Options.Create(new CampaignOptions { PublicBaseUrl = baseUrl }), _signer);

    private static bool Parse(string query, out PledgeCard card, out string signature) =>
        CardQuery.TryParse(query, new QueryCollection(QueryHelpers.ParseQuery(query)), out card, out signature, out _);
}
