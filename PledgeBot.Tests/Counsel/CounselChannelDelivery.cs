using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Tests.Counsel;

/// <summary>A counsellor's message through the console's API to a young person on a channel's host: the chat queued
/// as the flow queues it (through the port, with the reference the channel's turn would carry), claimed, answered.</summary>
internal static class CounselChannelDelivery
{
    public static (string Key, string Value)[] Settings { get; } =
    [
        ("Handoff:Mode", "console"),
        ("Counsel:Hours", "00:00-00:00"),
        ("Counsel:ApiKeys:0", CounselHostFixture.Hash(CounselHostFixture.CounsellorKey)),
    ];

    public static async Task<HttpStatusCode> SendAsync(WebApplicationFactory<Program> host, ConversationReference reference, string text)
    {
        var queue = host.Services.GetRequiredService<ICounselQueue>();
        var key = StateKey.Parse(Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()));
        await queue.EnqueueAsync(new CounselRequest(key, reference, Language.Vietnamese, RiskLevel.None, [], DateTimeOffset.UtcNow), CancellationToken.None);
        using var client = CounselHostFixture.Client(host, CounselHostFixture.CounsellorKey);
        var items = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/counsel/queue");
        var id = items.EnumerateArray().Select(item => item.GetProperty("id").GetString()!).Single();
        (await client.PostAsync($"/api/counsel/{id}/claim", null)).EnsureSuccessStatusCode();
        using var sent = await client.PostAsJsonAsync($"/api/counsel/{id}/messages", new { text });
        return sent.StatusCode;
    }
}
