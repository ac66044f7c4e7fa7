using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Conversations.NativeChannels.Zalo;
using StackExchange.Redis;
using PledgeBot.Tests.Fakes;
using PledgeBot.Tests.Observability;

namespace PledgeBot.Tests.Conversations.NativeChannels.Zalo;

/// <summary>Each test gets its own fake Zalo and bot host: the token pair is per OA, in that host's store.</summary>
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class ZaloTokenTests(ZaloHostFixture host) : IClassFixture<ZaloHostFixture>
{
    [Fact]
    public async Task Refreshes_with_the_stored_refresh_token_when_the_access_token_has_expired()
    {
        var (zalo, factory) = await NewHostAsync();
        using var client = factory.CreateClient();
        using var refreshes = new MeasuredCounts("pledgebot.zalo.token_refreshes", "result");
        await ConverseAsync(client, zalo);

        await StoredPair(factory).ExpireAsync(factory);
        await ConverseAsync(client, zalo);

        Assert.Equal(["rt-0", "rt-1"], zalo.Refreshes.Select(PresentedToken));
        Assert.True(refreshes["refreshed"] >= 2);
        Assert.Empty(zalo.RefusedRefreshTokens);
        Assert.Equal(("at-2", "rt-2"), await StoredPair(factory).ReadAsync(factory));
    }

    [Fact]
    public async Task Refreshes_once_when_zalo_rejects_the_access_token_and_stores_the_new_pair_before_using_it_once()
    {
        var (zalo, factory) = await NewHostAsync();
        using var client = factory.CreateClient();
        await ConverseAsync(client, zalo);

        zalo.RevokeAccessTokens();
        var user = await ConverseAsync(client, zalo);
        zalo.RevokeAccessTokens();
        await ConverseAsync(client, zalo);

        Assert.Equal(["rt-0", "rt-1", "rt-2"], zalo.Refreshes.Select(PresentedToken));
        Assert.Empty(zalo.RefusedRefreshTokens);
        var attempts = zalo.Attempts(user);
        Assert.Equal(["-216", "0"], attempts.Take(2).Select(attempt => attempt.Answer));
        Assert.Equal(["at-1", "at-2"], attempts.Take(2).Select(attempt => attempt.Headers["access_token"]));
        Assert.Equal(("at-3", "rt-3"), await StoredPair(factory).ReadAsync(factory));
    }

    [Fact]
    public async Task Lets_one_caller_refresh_while_concurrent_senders_wait_for_its_pair()
    {
        var (zalo, factory) = await NewHostAsync();
        zalo.RefreshDelay = TimeSpan.FromMilliseconds(300);
        using var client = factory.CreateClient();

        var users = Enumerable.Range(0, 8).Select(_ => ZaloWebhooks.NewUser()).ToList();
        var posts = await Task.WhenAll(users.Select(user => client.PostAsync(ZaloWebhooks.Follow(user))));
        foreach (var user in users)
        {
            await Eventually.WaitAsync(() => zalo.Delivered(user), sends => sends.Any(send => send.Buttons.Count > 0));
        }

        Assert.All(posts, post => Assert.Equal(HttpStatusCode.OK, post.StatusCode));
        Assert.Single(zalo.Refreshes);
        Assert.Empty(zalo.RefusedRefreshTokens);
    }

    [Fact]
    public async Task Lets_one_instance_refresh_while_the_others_wait_on_the_store_lock()
    {
        var (zalo, factory) = await NewHostAsync();
        zalo.RefreshDelay = TimeSpan.FromMilliseconds(300);
        // Several instances: token sources sharing the one store, each with its own in-process gate.
        var instances = Enumerable.Range(0, 4)
            .Select(_ => ActivatorUtilities.CreateInstance<ZaloAccessTokens>(factory.Services))
            .ToList();

        var tokens = await Task.WhenAll(instances.Select(instance => instance.GetAsync(CancellationToken.None)));

        Assert.Single(zalo.Refreshes);
        Assert.All(tokens, token => Assert.Equal("at-1", token));
        instances.ForEach(instance => instance.Dispose());
    }

    [Fact]
    public async Task Reports_a_refresh_token_zalo_refused_on_readyz_and_stops_spending_tokens()
    {
        var (zalo, factory) = await NewHostAsync();
        using var client = factory.CreateClient();
        using var refreshes = new MeasuredCounts("pledgebot.zalo.token_refreshes", "result");
        await ConverseAsync(client, zalo);
        using var before = await client.GetAsync("/readyz");

        zalo.RevokeRefreshToken();
        zalo.RevokeAccessTokens();
        var user = ZaloWebhooks.NewUser();
        using var message = await client.PostAsync(ZaloWebhooks.Follow(user));
        await Eventually.WaitAsync(() => zalo.RefusedRefreshTokens.Count, count => count == 1);
        using var after = await Eventually.WaitAsync(
            () => client.GetAsync("/readyz").GetAwaiter().GetResult(), response => Body(response) == "Degraded");
        using var again = await client.PostAsync(ZaloWebhooks.Text(user, "menu"));
        await Eventually.WaitAsync(() => zalo.Attempts(user).Count, count => count >= 2);

        Assert.Equal(("OK", "Healthy"), (before.StatusCode.ToString(), Body(before)));
        // Degraded keeps the instance in rotation: Web Chat and the other channels still work.
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(["rt-1"], zalo.RefusedRefreshTokens);
        Assert.Equal(2, zalo.Refreshes.Count);
        Assert.True(refreshes["lost"] >= 1);
        Assert.Empty(zalo.Delivered(user));
    }

    [Fact]
    public async Task Recovers_when_a_new_refresh_token_is_configured_after_re_authorising_the_oa()
    {
        var zalo = await host.StartFakeAsync();
        var dataDir = Directory.CreateTempSubdirectory("pledgebot-zalo-reauth-").FullName;
        var factory = host.CreateFactory(zalo, ("Store:DataDir", dataDir));
        using (var client = factory.CreateClient())
        {
            await ConverseAsync(client, zalo);
            zalo.RevokeRefreshToken();
            zalo.RevokeAccessTokens();
            using var refused = await client.PostAsync(ZaloWebhooks.Follow(ZaloWebhooks.NewUser()));
            await Eventually.WaitAsync(() => zalo.RefusedRefreshTokens.Count, count => count == 1);
            using var lost = await Eventually.WaitAsync(
                () => client.GetAsync("/readyz").GetAwaiter().GetResult(), response => Body(response) == "Degraded");
        }

        await factory.DisposeAsync();
        var (_, refresh) = zalo.Authorise();
        var restarted = host.CreateFactory(zalo, ("Store:DataDir", dataDir), ("Channels:Zalo:RefreshToken", refresh));
        using var again = restarted.CreateClient();
        using var ready = await again.GetAsync("/readyz");
        await ConverseAsync(again, zalo);

        Assert.Equal("Healthy", Body(ready));
        Assert.Equal(refresh, PresentedToken(zalo.Refreshes[^1]));
    }

    private async Task<(FakeZalo Zalo, WebApplicationFactory<Program> Factory)> NewHostAsync()
    {
        var zalo = await host.StartFakeAsync();
        return (zalo, host.CreateFactory(zalo));
    }

    private static async Task<string> ConverseAsync(HttpClient client, FakeZalo zalo)
    {
        var user = ZaloWebhooks.NewUser();
        using var response = await client.PostAsync(ZaloWebhooks.Follow(user));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.WaitAsync(() => zalo.Delivered(user), sends => sends.Any(send => send.Buttons.Count > 0));
        return user;
    }

    private static string PresentedToken(FakeZaloRequest refresh) =>
        refresh.Body.Split('&').Single(pair => pair.StartsWith("refresh_token=", StringComparison.Ordinal))["refresh_token=".Length..];

    private static string Body(HttpResponseMessage response) => response.Content.ReadAsStringAsync().GetAwaiter().GetResult();

    private static ZaloTokenKeys StoredPair(WebApplicationFactory<Program> factory) => factory.Services.GetRequiredService<ZaloTokenKeys>();
}
