using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations.Messages;

/// <summary>The fields a turn cannot do without, named by their JSON paths.</summary>
internal static class ActivityValidator
{
    public static Dictionary<string, string[]> Validate(Activity activity)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            errors["type"] = ["An activity needs a type."];
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            errors["conversation.id"] = ["An activity needs a conversation id."];
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            errors["from.id"] = ["An activity needs a sender id."];
        }

        // With expectReplies the replies travel in the response, so there is nowhere to post and no serviceUrl is needed.
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            if (!activity.ExpectsReplies)
            {
                errors["serviceUrl"] = ["An activity needs a serviceUrl unless deliveryMode is expectReplies."];
            }
        }
        else if (!IsHttpUrl(activity.ServiceUrl))
        {
            errors["serviceUrl"] = ["serviceUrl must be an absolute http or https URL."];
        }

        return errors;
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
