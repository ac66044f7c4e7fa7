using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Engine.Prompts;

/// <summary>Choices as suggested actions: imBack buttons whose value is the visible title, so the user's own message
/// reads naturally and typed answers go through the same recognizer.</summary>
public static class ChoiceActions
{
    public static SuggestedActions For(ContentCatalog content, Language language, IEnumerable<string> choiceIds)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new SuggestedActions
        {
            Actions = choiceIds.Select(id => content.ChoiceTitle(language, id)).Select(title => CardAction.ImBack(title, title)).ToArray(),
        };
    }
}
