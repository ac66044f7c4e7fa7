using System.Net;
using PledgeBot.Tests.Integration.Http;

namespace PledgeBot.Tests.Auth;

[Collection(JwtCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class KeyRotationTests(JwtHostFixture host)
{
    [Fact]
    public async Task Accepts_a_token_from_a_key_published_after_the_keys_were_cached_without_a_restart()
    {
        await using var factory = host.CreateFactory(("BotFramework:OpenIdMetadataUrl", host.Issuer.MetadataUrl("rotating")));
        using var client = factory.CreateClient();
        using var oldKey = new TestSigningKey();
        using var newKey = new TestSigningKey();
        host.Issuer.Publish("rotating", oldKey, JwtHostFixture.Channel);
        var claims = TestToken.Channel(JwtHostFixture.AppId, host.ServiceUrl);
        using var before = await JwtHostFixture.PostAsync(client, host.Message(TestActivities.NewConversationId()), oldKey.Sign(claims));

        host.Issuer.Publish("rotating", newKey, JwtHostFixture.Channel);
        using var after = await JwtHostFixture.PostAsync(client, host.Message(TestActivities.NewConversationId()), newKey.Sign(claims));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(2, host.Issuer.KeyFetches("rotating"));
    }

    [Fact]
    public async Task Refetches_the_keys_for_unknown_key_ids_at_most_once_an_hour()
    {
        await using var factory = host.CreateFactory(("BotFramework:OpenIdMetadataUrl", host.Issuer.MetadataUrl("probed")));
        using var client = factory.CreateClient();
        using var known = new TestSigningKey();
        host.Issuer.Publish("probed", known, JwtHostFixture.Channel);
        var claims = TestToken.Channel(JwtHostFixture.AppId, host.ServiceUrl);
        using var valid = await JwtHostFixture.PostAsync(client, host.Message(TestActivities.NewConversationId()), known.Sign(claims));

        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var stranger = new TestSigningKey();
            using var refused = await JwtHostFixture.PostAsync(client, host.Message(TestActivities.NewConversationId()), stranger.Sign(claims));
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal(2, host.Issuer.KeyFetches("probed"));
    }
}
