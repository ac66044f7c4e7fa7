using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Ports;

/// <summary>A class's state as one student sees it: the phase, the question at hand (index from 0, its content id),
/// when its countdown ends, and whether this student has answered it.</summary>
public sealed record ClassProgress(ClassPhase Phase, Language Language, int Index, int Total, string? QuestionId, DateTimeOffset EndsAt, bool Answered);
