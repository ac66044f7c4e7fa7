using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using PledgeBot.Auth;
using PledgeBot.Conversations;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Conversations.NativeChannels;
using MessagesResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok,
    Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<PledgeBot.Dialogs.Activities.ExpectedReplies>,
    Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<System.Text.Json.JsonElement>,
    Microsoft.AspNetCore.Http.HttpResults.StatusCodeHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.UnauthorizedHttpResult>;

namespace PledgeBot.Conversations.Messages;

/// <summary>The Bot Framework messaging endpoint, answering with the SDK's CloudAdapter's status codes and bodies;
/// unlike it, an activity that wants no answer in the response is answered before its turn runs.</summary>
public static class MessagesEndpoints
{
    public const string Route = "/api/messages";

    private const string RetryAfterSeconds = "5";

    public static RouteGroupBuilder MapMessages(this IEndpointRouteBuilder app)
    {
        var messages = app.MapGroup(Route).WithTags("Messages");

        // Only POST is mapped, so routing answers every other method with 405.
        messages.MapPost(string.Empty, PostActivityAsync);
        return messages;
    }

    private static async Task<MessagesResult> PostActivityAsync(
        HttpRequest request,
        InboundActivityReader reader,
        IRequestAuthenticator authenticator,
        TurnRunner turns,
        MessageTurnQueue queue,
        CancellationToken cancellationToken)
    {
        var read = await reader.ReadAsync(request, cancellationToken);
        if (!read.Succeeded)
        {
            return read.Problem;
        }

        var activity = read.Activity;
        if (!(await authenticator.AuthenticateAsync(request, activity, cancellationToken)).Allowed)
        {
            return TypedResults.Unauthorized();
        }

        // expectReplies is checked before invoke, as the SDK does: the invoke's answer then travels among the replies.
        if (activity.ExpectsReplies)
        {
            var expected = await turns.RunAsync(activity, cancellationToken);
            return TypedResults.Json(new ExpectedReplies(ExpectedActivities(activity, expected)), ProtocolJsonContext.Wire.ExpectedReplies);
        }

        // An invoke's answer is the response itself, so its turn runs now; its replies still go out from the queue.
        if (activity.IsType(ActivityTypes.Invoke))
        {
            var invoked = await turns.RunAsync(activity, cancellationToken);
            await queue.SendLaterAsync(activity, invoked.Replies);
            return InvokeResult(invoked.InvokeResponse);
        }

        // Everything else is answered before its turn runs: the channel waits ~15 s and then delivers it again.
        if (queue.Accept(activity) == ChannelAcceptance.Busy)
        {
            request.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
            return TypedResults.Problem(
                "Too many turns are waiting; deliver the activity again later.",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Busy");
        }

        return TypedResults.Ok();
    }

    private static MessagesResult InvokeResult(InvokeResponse? response) => response switch
    {
        null => TypedResults.StatusCode(StatusCodes.Status501NotImplemented),
        { Body: { } body } => TypedResults.Json(body, ProtocolJsonContext.Wire.JsonElement, statusCode: response.Status),
        _ => TypedResults.StatusCode(response.Status),
    };

    // An invoke sent with expectReplies gets its answer as an invokeResponse activity, as the Bot Framework JS SDK sends it.
    private static IReadOnlyList<Activity> ExpectedActivities(Activity activity, TurnResult turn)
    {
        var replies = turn.Replies.Select(reply => reply with { Id = null });
        if (!activity.IsType(ActivityTypes.Invoke))
        {
            return [.. replies];
        }

        var response = turn.InvokeResponse ?? new InvokeResponse(StatusCodes.Status501NotImplemented);
        return
        [
            .. replies,
            new Activity
            {
                Type = ActivityTypes.InvokeResponse,
                Value = JsonSerializer.SerializeToElement(response, ProtocolJsonContext.Default.InvokeResponse),
            },
        ];
    }
}
