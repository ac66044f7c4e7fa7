using System.Net;

namespace PledgeBot.Tests.Conversations.NativeChannels.Telegram;

[Collection(TelegramCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class TelegramWebhookRegistrationTests(TelegramHostFixture host)
{
    [Fact]
    public async Task Registers_the_webhook_with_its_secret_and_two_update_kinds_at_start_when_a_public_url_is_set()
    {
        var publicUrl = $"https://bot-{Guid.NewGuid():N}.example";
        using var factory = host.CreateFactory(("Channels:Telegram:PublicUrl", publicUrl + "/"));

        _ = factory.Server;
        var requests = await host.Telegram.WaitAsync(all => Registrations(all, publicUrl).Any());

        var registration = Assert.Single(Registrations(requests, publicUrl));
        Assert.Equal($"/bot{TelegramHostFixture.BotToken}/setWebhook", registration.Path);
        Assert.Equal(TelegramHostFixture.Secret, registration.Json.GetProperty("secret_token").GetString());
        Assert.Equal("""["message","callback_query"]""", registration.Json.GetProperty("allowed_updates").GetRawText());
    }

    [Fact]
    public async Task Keeps_running_and_tries_again_when_Telegram_cannot_be_reached_at_start()
    {
        var publicUrl = $"https://bot-{Guid.NewGuid():N}.example";
        host.Telegram.Script("setWebhook", [.. Enumerable.Repeat(FakeTelegramAnswer.BadGateway, 5)]);
        using var factory = host.CreateFactory(("Channels:Telegram:PublicUrl", publicUrl), ("Channels:Telegram:WebhookRetryDelay", "00:00:00.050"));
        using var client = factory.CreateClient();

        var chat = TelegramHostFixture.NewChat();
        using var webhook = await TelegramHostFixture.PostAsync(client, TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat, "/start"));
        var requests = await host.Telegram.WaitAsync(all => Registrations(all, publicUrl).Count() >= 6);

        Assert.Equal(HttpStatusCode.OK, webhook.StatusCode);
        Assert.Equal(6, Registrations(requests, publicUrl).Count());
        await host.Telegram.WaitForSendsAsync(chat, 2);
    }

    [Fact]
    public async Task Does_not_call_setWebhook_without_a_public_url()
    {
        var before = host.Telegram.Calls("setWebhook").Count;
        using var factory = host.CreateFactory();
        using var client = factory.CreateClient();
        var chat = TelegramHostFixture.NewChat();

        using var webhook = await TelegramHostFixture.PostAsync(client, TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat, "/start"));
        await host.Telegram.WaitForSendsAsync(chat, 2);

        Assert.Equal(HttpStatusCode.OK, webhook.StatusCode);
        Assert.Equal(before, host.Telegram.Calls("setWebhook").Count);
    }

    private static IEnumerable<FakeTelegramRequest> Registrations(IEnumerable<FakeTelegramRequest> requests, string publicUrl) =>
        requests.Where(r => r.BotMethod == "setWebhook" && r.Json.GetProperty("url").GetString() == publicUrl + "/api/channels/telegram");
}
