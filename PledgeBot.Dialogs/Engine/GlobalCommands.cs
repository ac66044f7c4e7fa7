using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Prompts;

namespace PledgeBot.Dialogs.Engine;

/// <summary>Recognises the global commands from the content's command words, in both languages.</summary>
public static class GlobalCommands
{
    private static readonly (GlobalCommand Command, string ContentId)[] s_commands =
    [
        (GlobalCommand.Talk, "talk"),
        (GlobalCommand.DeleteMyData, "delete"),
        (GlobalCommand.Cancel, "cancel"),
        (GlobalCommand.Menu, "menu"),
        (GlobalCommand.Help, "help"),
        (GlobalCommand.English, "english"),
        (GlobalCommand.Vietnamese, "vietnamese"),
    ];

    public static GlobalCommand Recognize(string text, ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var match = new PhraseMatch(text);
        if (match.IsEmpty)
        {
            return GlobalCommand.None;
        }

        foreach (var (command, contentId) in s_commands)
        {
            if (content.CommandPhrases(contentId).Any(match.Is))
            {
                return command;
            }
        }

        // Someone asking for help inside a longer sentence ("làm ơn giúp em với") must still reach it.
        return content.CommandPhrases("talk").Any(match.Contains) ? GlobalCommand.Talk : GlobalCommand.None;
    }
}
