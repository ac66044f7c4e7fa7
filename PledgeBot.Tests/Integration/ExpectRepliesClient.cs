using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Tests.Engine;
using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Integration;

/// <summary>Sends an expectReplies message to a test host's /api/messages and reads the replies back.</summary>
internal static class ExpectRepliesClient
{
    public static async Task<IReadOnlyList<Activity>> SayAsync(
        HttpClient client, string id, string text, string userId, string conversationId)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = id,
            Text = text,
            ChannelId = Channels.Emulator,
            DeliveryMode = DeliveryModes.ExpectReplies,
            Locale = "vi-VN",
            From = new ChannelAccount { Id = userId },
            Recipient = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = conversationId },
        };
        using var response = await client.PostAsJsonAsync("/api/messages", activity, ProtocolJsonContext.Default.Activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync(ProtocolJsonContext.Default.ExpectedReplies);
        return body!.Activities;
    }

    /// <summary>Test-host settings for the survey flows: survey content and flows (flood control is off in every test host).</summary>
    public static TestHostBuilder WithSurveyFlows(this TestHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithFake<IContentSource, SurveyContent>().WithServices(services =>
        {
            services.AddSingleton<Flow, SurveyFlow>();
            services.AddSingleton<Flow, BandFlow>();
        });
    }
}
