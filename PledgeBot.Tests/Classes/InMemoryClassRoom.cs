using System.Collections.Concurrent;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Tests.Classes;

/// <summary>Class sessions in memory for transcripts: the test opens a class and moves it; students join and answer
/// through the bot. Nicknames are "{animal} {seat number}" with the animal given by the test.</summary>
public sealed class InMemoryClassRoom(TimeProvider clock) : IClassRoom
{
    private readonly ConcurrentDictionary<string, Room> _rooms = new(StringComparer.Ordinal);

    public string Animal { get; set; } = "Cá heo";

    public Room Open(string code, string name, Language language, params string[] questions) =>
        _rooms[code] = new Room { Name = name, Language = language, Questions = questions };

    public void Ask(string code, int index, TimeSpan countdown)
    {
        var room = _rooms[code];
        room.Phase = ClassPhase.Question;
        room.Index = index;
        room.EndsAt = clock.GetUtcNow() + countdown;
    }

    public void Reveal(string code) => _rooms[code].Phase = ClassPhase.Reveal;

    public void End(string code) => _rooms[code].Phase = ClassPhase.Ended;

    public Room this[string code] => _rooms[code];

    public Task<ClassJoin> JoinAsync(string code, UserHash student, ConversationReference reference, CancellationToken cancellationToken)
    {
        if (!_rooms.TryGetValue(code, out var room))
        {
            return Task.FromResult(ClassJoin.Unknown);
        }

        if (room.Phase == ClassPhase.Ended)
        {
            return Task.FromResult(new ClassJoin(ClassJoinKind.Ended));
        }

        var rejoined = room.Seats.ContainsKey(student.Value);
        if (!rejoined && room.Seats.Count >= room.MaxStudents)
        {
            return Task.FromResult(new ClassJoin(ClassJoinKind.Full));
        }

        var nickname = rejoined ? room.Seats[student.Value] : $"{Animal} {room.Seats.Count + 1}";
        room.Seats[student.Value] = nickname;
        room.References[student.Value] = reference;
        return Task.FromResult(new ClassJoin(rejoined ? ClassJoinKind.Rejoined : ClassJoinKind.Joined)
        {
            Nickname = nickname,
            ClassName = room.Name,
            Language = room.Language,
            Score = room.Scores.GetValueOrDefault(student.Value),
            Progress = Progress(room, student),
        });
    }

    public Task<bool> LeaveAsync(string code, UserHash student, CancellationToken cancellationToken) =>
        Task.FromResult(_rooms.TryGetValue(code, out var room) && room.References.TryRemove(student.Value, out _));

    public Task<ClassProgress?> ProgressAsync(string code, UserHash student, CancellationToken cancellationToken) =>
        Task.FromResult(_rooms.TryGetValue(code, out var room) ? Progress(room, student) : null);

    public Task<ClassAnswerOutcome> AnswerAsync(string code, UserHash student, int index, int option, string attempt, CancellationToken cancellationToken)
    {
        if (!_rooms.TryGetValue(code, out var room) || !room.Seats.ContainsKey(student.Value))
        {
            return Task.FromResult(ClassAnswerOutcome.NotSeated);
        }

        if (room.Answers.ContainsKey((index, student.Value)))
        {
            return Task.FromResult(ClassAnswerOutcome.AlreadyAnswered);
        }

        if (room.Phase != ClassPhase.Question || room.Index != index || clock.GetUtcNow() > room.EndsAt)
        {
            return Task.FromResult(ClassAnswerOutcome.TooLate);
        }

        room.Answers[(index, student.Value)] = option;
        return Task.FromResult(ClassAnswerOutcome.Counted);
    }

    private static ClassProgress Progress(Room room, UserHash student) => new(
        room.Phase, room.Language, room.Index, room.Questions.Count,
        room.Index >= 0 && room.Index < room.Questions.Count ? room.Questions[room.Index] : null,
        room.EndsAt, room.Answers.ContainsKey((room.Index, student.Value)));

    public sealed class Room
    {
        public required string Name { get; init; }

        public Language Language { get; init; }

        public IReadOnlyList<string> Questions { get; init; } = [];

        public int MaxStudents { get; set; } = 200;

        public ClassPhase Phase { get; set; } = ClassPhase.Lobby;

        public int Index { get; set; } = -1;

        public DateTimeOffset EndsAt { get; set; }

        public ConcurrentDictionary<string, string> Seats { get; } = new();

        public ConcurrentDictionary<string, ConversationReference> References { get; } = new();

        public ConcurrentDictionary<(int Index, string Student), int> Answers { get; } = new();

        public ConcurrentDictionary<string, int> Scores { get; } = new();
    }
}
