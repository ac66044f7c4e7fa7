using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Conversations.NativeChannels;
using PledgeBot.Tests.Fakes;

namespace PledgeBot.Tests.Integration.Http;

internal static class QueuedTurns
{
    /// <summary>Waits until the host has run every queued turn and posted its replies: <c>/api/messages</c> answers a
    /// channel before its turn runs (expectReplies and invoke aside), and a queued item counts until it is done.</summary>
    public static Task DoneAsync(WebApplicationFactory<Program> factory) =>
        Eventually.WaitAsync(
            () => factory.Services.GetRequiredService<ConversationQueue>().Pending,
            pending => pending == 0,
            describe: pending => $"{pending} queued turns");
}
