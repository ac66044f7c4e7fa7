using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Tests.Engine;

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

    /// <summary>Test-host settings for the survey flows: no flood control, survey content and flows.</summary>
    public static void UseSurveyFlows(this IWebHostBuilder builder)
    {
        builder.UseSetting("FloodControl:MessagesPerWindow", "0");
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IContentSource, SurveyContent>());
            services.AddSingleton<Flow, SurveyFlow>();
            services.AddSingleton<Flow, BandFlow>();
        });
    }
}
