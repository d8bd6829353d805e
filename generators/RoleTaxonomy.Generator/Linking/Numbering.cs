using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using RoleTaxonomy.Generator.Binding;
using RoleTaxonomy.Generator.Diagnostics;
using RoleTaxonomy.Generator.Model;
using RoleTaxonomy.Generator.Naming;
using RoleTaxonomy.Generator.Schema;

namespace RoleTaxonomy.Generator.Linking;

/// <summary>
/// Gives every item the number the numbers file records for its key, so that reordering, inserting and removing
/// items never moves a number. Checks the file itself: a number is given to one key only, and none is freed.
/// </summary>
internal sealed class Numbering
{
    private readonly NumbersSpec? _spec;
    private readonly string _path;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, NumberScope> _members = new(StringComparer.Ordinal);

    private Numbering(NumbersSpec? spec, string path, DiagnosticBag diagnostics)
    {
        _spec = spec;
        _path = path;
        _diagnostics = diagnostics;
        Roles = Scope(spec?.Roles, "role", ContentSchema.Numbers.Roles.Name);
        TaskPatterns = Scope(spec?.TaskPatterns, "task pattern", ContentSchema.Numbers.TaskPatterns.Name);
        Vocabularies = Scope(spec?.Vocabularies, "vocabulary", ContentSchema.Numbers.Vocabularies.Name);
        foreach (var vocabulary in spec?.Members ?? EquatableArray<MemberNumbersSpec>.Empty)
        {
            if (!_members.ContainsKey(vocabulary.Vocabulary.Value))
            {
                _members.Add(vocabulary.Vocabulary.Value, MemberScope(vocabulary.Vocabulary.Value, vocabulary.Members));
            }
        }
    }

    public NumberScope Roles { get; }

    public NumberScope TaskPatterns { get; }

    public NumberScope Vocabularies { get; }

    /// <summary>
    /// The numbering of the files: the one numbers file among them, or none. With no numbers file, content that
    /// has items gets one error for all of them, at <paramref name="firstItem"/>.
    /// </summary>
    public static Numbering Create(
        IReadOnlyList<ContentFile> files, LocationInfo? firstItem, DiagnosticBag diagnostics)
    {
        var numbered = files.Where(f => f.Numbers is not null).ToList();
        foreach (var extra in numbered.Skip(1))
        {
            diagnostics.Report(DiagnosticDescriptors.DuplicateNumbersFile, extra.Numbers!.Location, DiagnosticBag.Where(numbered[0].Numbers!.Location));
        }

        if (numbered.Count == 0 && firstItem is not null)
        {
            diagnostics.Report(DiagnosticDescriptors.MissingNumbersFile, firstItem, ContentFolder(firstItem.FilePath));
        }

        var first = numbered.FirstOrDefault();
        return new Numbering(first?.Numbers, first?.Path ?? string.Empty, diagnostics);
    }

    /// <summary>The numbering of one vocabulary's members.</summary>
    public NumberScope Members(string vocabularyKey)
    {
        if (!_members.TryGetValue(vocabularyKey, out var scope))
        {
            scope = MemberScope(vocabularyKey, EquatableArray<NumberSpec>.Empty);
            _members.Add(vocabularyKey, scope);
        }

        return scope;
    }

    /// <summary>Every line of the numbers file, current and retired, for tools that compare two versions.</summary>
    public EquatableArray<NumberedKey> All()
    {
        if (_spec is null)
        {
            return EquatableArray<NumberedKey>.Empty;
        }

        IEnumerable<NumberedKey> Lines(EquatableArray<NumberSpec> numbers, string scope) =>
            numbers.Select(n => new NumberedKey(scope, n.Key.Value, n.Number));

        return Lines(_spec.Roles, ContentSchema.Numbers.Roles.Name)
            .Concat(Lines(_spec.TaskPatterns, ContentSchema.Numbers.TaskPatterns.Name))
            .Concat(Lines(_spec.Vocabularies, ContentSchema.Numbers.Vocabularies.Name))
            .Concat(_spec.Members.SelectMany(m => Lines(m.Members, ContentSchema.Numbers.Members.Name + "/" + m.Vocabulary.Value)))
            .ToEquatableArray();
    }

    private NumberScope MemberScope(string vocabularyKey, EquatableArray<NumberSpec> numbers) =>
        Scope(numbers, $"member of '{vocabularyKey}'", $"{ContentSchema.Numbers.Members.Name}:' → '{vocabularyKey}", ContentKey.IsValid(vocabularyKey));

    // The members of a vocabulary whose own key is invalid have no section to go in: that key's error says it all.
    private NumberScope Scope(EquatableArray<NumberSpec>? numbers, string kind, string section, bool reportsMissing = true) =>
        new(this, numbers ?? EquatableArray<NumberSpec>.Empty, kind, section, reportsMissing);

    private static string ContentFolder(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash <= 0 ? "." : path.Substring(0, slash);
    }

    /// <summary>The numbers of one enum: its keys' numbers, and the next number free for a new key.</summary>
    internal sealed class NumberScope
    {
        private readonly Numbering _owner;
        private readonly string _kind;
        private readonly string _section;
        private readonly bool _reportsMissing;

        // With a line deleted, an item without a number most likely had that line: the gap's error says to restore
        // it, and offering a new number here would change a shipped value.
        private bool _hasGap;
        private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
        private readonly HashSet<string> _refused = new(StringComparer.Ordinal);
        private int _nextFree;

        public NumberScope(Numbering owner, EquatableArray<NumberSpec> numbers, string kind, string section, bool reportsMissing)
        {
            _owner = owner;
            _reportsMissing = reportsMissing;
            _kind = kind;
            _section = section;
            var byNumber = new Dictionary<int, NumberSpec>();
            foreach (var line in numbers)
            {
                _nextFree = Math.Max(_nextFree, line.Number);
            }

            _nextFree++;
            foreach (var line in numbers)
            {
                if (_byKey.ContainsKey(line.Key.Value))
                {
                    continue; // the reader reports a key written twice in one mapping
                }

                if (byNumber.TryGetValue(line.Number, out var first))
                {
                    _refused.Add(line.Key.Value); // its one error is this one, not a missing number as well
                    owner._diagnostics.Report(DiagnosticDescriptors.ReusedNumber, line.Location, new[]
                    {
                        line.Number.ToString(CultureInfo.InvariantCulture), kind, first.Key.Value, DiagnosticBag.Where(first.Location), line.Key.Value,
                        (_nextFree++).ToString(CultureInfo.InvariantCulture),
                    });
                    continue;
                }

                byNumber.Add(line.Number, line);
                _byKey.Add(line.Key.Value, line.Number);
            }

            // Numbers are never freed: a gap below the highest number means a line was deleted. One report is enough.
            // A file not read whole (a refused number) has holes of its own, which are not deletions.
            for (var number = 1; owner._spec is { IsComplete: true } && number < _nextFree; number++)
            {
                if (!byNumber.ContainsKey(number))
                {
                    var above = byNumber.Where(p => p.Key > number).OrderBy(p => p.Key).Select(p => p.Value).FirstOrDefault();
                    if (above is not null)
                    {
                        owner._diagnostics.Report(DiagnosticDescriptors.NumberGap, above.Location, new[] { kind, number.ToString(CultureInfo.InvariantCulture) });
                        _hasGap = true;
                    }

                    break;
                }
            }
        }

        /// <summary>
        /// The number of <paramref name="key"/>; 0, with an error, when the numbers file has none for it. The error is
        /// left out when there is no numbers file, when it could not be read whole, and for a key that is not a valid
        /// key: one error already says so.
        /// </summary>
        public int NumberOf(KeySpec key)
        {
            if (_byKey.TryGetValue(key.Key.Value, out var number))
            {
                return number;
            }

            if (_reportsMissing && !_hasGap && _owner._spec is { IsComplete: true } && ContentKey.IsAccepted(key.Key.Value) && !_refused.Contains(key.Key.Value))
            {
                var next = (_nextFree++).ToString(CultureInfo.InvariantCulture);
                _owner._diagnostics.Report(DiagnosticDescriptors.MissingNumber, key.Key.Location, new[]
                {
                    _kind, key.Key.Value, key.Key.Value + ": " + next, _section, _owner._path,
                });
            }

            return 0;
        }
    }
}
