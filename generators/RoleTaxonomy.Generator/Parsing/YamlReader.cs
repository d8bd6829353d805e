using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using RoleTaxonomy.Generator.Diagnostics;
using RoleTaxonomy.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RoleTaxonomy.Generator.Parsing;

/// <summary>The outcome of reading one YAML file: its root node (null when unreadable) and what went wrong.</summary>
internal sealed record YamlReadResult(YamlSyntax? Root, IReadOnlyList<DiagnosticInfo> Diagnostics);

/// <summary>
/// Turns YAML text into <see cref="YamlSyntax"/> by walking YamlDotNet's parser events with an explicit stack,
/// so that nesting depth, aliases and sizes are bounded by <see cref="YamlLimits"/> rather than by the call stack.
/// </summary>
internal sealed class YamlReader
{
    private readonly string _path;
    private readonly string _text;
    private readonly int _bomLength;
    private readonly YamlLimits _limits;
    private readonly DiagnosticBag _diagnostics;
    private readonly Stack<Frame> _stack = new();
    private readonly Dictionary<string, YamlSyntax> _anchors = new(StringComparer.Ordinal);

    /// <summary>Anchors no alias has used yet, and where each was set.</summary>
    private readonly Dictionary<string, LocationInfo> _unusedAnchors = new(StringComparer.Ordinal);
    private YamlSyntax? _root;
    private int _aliasCount;
    private long _expandedNodes;

    private YamlReader(string path, string text, YamlLimits limits, DiagnosticBag diagnostics)
    {
        _path = path;
        _diagnostics = diagnostics;
        _text = text;
        _limits = limits;

        // A leading byte order mark is how the file was saved, not content: the scanner would read it into the first key.
        _bomLength = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    /// <summary>Reads one file's syntax, reporting into <paramref name="diagnostics"/>; null when nothing could be read.</summary>
    public static YamlSyntax? Read(string path, string text, YamlLimits limits, DiagnosticBag diagnostics, CancellationToken cancellationToken) =>
        new YamlReader(path, text, limits, diagnostics).ReadDocument(cancellationToken);

    /// <summary>Reads one file's syntax on its own, for tools that look at the syntax only.</summary>
    public static YamlReadResult Read(string path, string text, YamlLimits limits, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var root = Read(path, text, limits, diagnostics, cancellationToken);
        return new YamlReadResult(root, diagnostics.Items);
    }

    private YamlSyntax? ReadDocument(CancellationToken cancellationToken)
    {
        if (_text.Length > _limits.MaxFileLength)
        {
            Report(DiagnosticDescriptors.FileTooLarge, LocationInfo.StartOfFile(_path),
                _text.Length.ToString(CultureInfo.InvariantCulture), _limits.MaxFileLength.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        if (!CheckCharacters())
        {
            return null;
        }

        var scanner = new Scanner(new StringReader(_text.Substring(_bomLength)), skipComments: true);
        var parser = new Parser(scanner);
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var current = parser.Current!;
                switch (current)
                {
                    case DocumentStart start:
                        documents++;
                        if (documents > 1)
                        {
                            Report(DiagnosticDescriptors.DocumentCount, At(start.Start, start.End),
                                "A '---' line starts a second YAML document, and a content file holds one: remove the '---' line, " +
                                "or move what follows it to a file of its own");
                            return null;
                        }

                        break;
                    case MappingStart mapping:
                        if (!Push(new Frame(isMapping: true, At(mapping.Start, mapping.End), AnchorOf(mapping.Anchor))))
                        {
                            return null;
                        }

                        break;
                    case SequenceStart sequence:
                        if (!Push(new Frame(isMapping: false, At(sequence.Start, sequence.End), AnchorOf(sequence.Anchor))))
                        {
                            return null;
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        var frame = _stack.Pop();
                        if (!Add(frame.Build(current.End), frame.Anchor))
                        {
                            return null;
                        }

                        break;
                    case Scalar scalar:
                        if (!ReadScalar(scalar))
                        {
                            return null;
                        }

                        break;
                    case AnchorAlias alias:
                        if (!ReadAlias(alias))
                        {
                            return null;
                        }

                        break;
                }
            }
        }
        catch (YamlException exception)
        {
            // Some errors (a tab used as indentation) carry no marks; the scanner stopped where the problem is.
            var location = exception.Start.Equals(Mark.Empty) && exception.End.Equals(Mark.Empty)
                ? At(scanner.CurrentPosition, scanner.CurrentPosition)
                : At(exception.Start, exception.End);
            var (message, place) = YamlErrorAdvice.Explain(Describe(exception), _text, location);
            Report(DiagnosticDescriptors.YamlSyntaxError, place, message);
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // Some malformed input makes YamlDotNet's scanner fail with a plain exception: it is still bad YAML, where the scanner stopped.
            var position = scanner.CurrentPosition;
            Report(DiagnosticDescriptors.YamlSyntaxError, At(position, position), "the YAML cannot be read past this point");
            return null;
        }

        ReportUnusedAnchors();

        if (documents == 0)
        {
            Report(DiagnosticDescriptors.DocumentCount, LocationInfo.StartOfFile(_path),
                "The file holds no YAML document; a content file starts with 'kind: page', 'kind: role', 'kind: vocabulary' or 'kind: numbers'");
            return null;
        }

        return _root;
    }

    private bool ReadScalar(Scalar scalar)
    {
        if (scalar.Value.Length > _limits.MaxScalarLength)
        {
            Report(DiagnosticDescriptors.ScalarTooLong, At(scalar.Start, scalar.End),
                scalar.Value.Length.ToString(CultureInfo.InvariantCulture), _limits.MaxScalarLength.ToString(CultureInfo.InvariantCulture));
            return false;
        }

        if (scalar.Style == ScalarStyle.Plain && scalar.End.Line != scalar.Start.Line)
        {
            ReportFoldedListItems(scalar);
        }

        if (scalar.Style == ScalarStyle.Plain)
        {
            ReportCommentAfter(scalar);
        }

        // '!!str' only says what every value is already: text. Any other tag hides the start of the text.
        if (!scalar.Tag.IsEmpty && scalar.Tag.Value != "tag:yaml.org,2002:str")
        {
            var start = At(scalar.Start, scalar.End);
            Report(DiagnosticDescriptors.TagNotAccepted, start, TagAsWritten(start.Start), scalar.Value,
                YamlErrorAdvice.QuotedExample(_text, start.Start));
        }

        var node = new YamlScalarSyntax(scalar.Value, scalar.Style == ScalarStyle.Plain, At(scalar.Start, scalar.End));
        _expandedNodes++;
        return Add(node, AnchorOf(scalar.Anchor));
    }

    /// <summary>
    /// A plain text that goes on over several lines is folded into one: a following line that starts with <c>- </c>
    /// then reads as part of the text, although it looks like a list item (an over-indented one, most often).
    /// </summary>
    private void ReportFoldedListItems(Scalar scalar)
    {
        var end = ClampIndex(scalar.End.Index + _bomLength);
        var index = _text.IndexOf('\n', ClampIndex(scalar.Start.Index + _bomLength));
        var line = ToZeroBased(scalar.Start.Line);
        while (index >= 0 && index < end)
        {
            line++;
            var dash = index + 1;
            while (dash < end && _text[dash] == ' ')
            {
                dash++;
            }

            if (dash + 1 < end && _text[dash] == '-' && _text[dash + 1] == ' ')
            {
                var next = _text.IndexOf('\n', dash);
                var item = _text.Substring(dash, (next < 0 || next > end ? end : next) - dash).TrimEnd('\r', ' ');
                Report(DiagnosticDescriptors.FoldedListItem,
                    new LocationInfo(_path, dash, 1, line, dash - index - 1, line, dash - index),
                    Shortened(scalar.Value), item);
            }

            index = _text.IndexOf('\n', index + 1);
        }

        static string Shortened(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "…";
    }

    /// <summary>
    /// After a space, <c>#</c> starts a comment, so <c>product team #1.</c> reads as <c>product team</c>. A comment
    /// written as YAML writes one, <c># like this</c>, is left alone; a <c>#</c> with a word after it is reported.
    /// </summary>
    private void ReportCommentAfter(Scalar scalar)
    {
        var index = ClampIndex(scalar.End.Index + _bomLength);
        while (index < _text.Length && _text[index] is ' ' or '\t')
        {
            index++;
        }

        if (index == ClampIndex(scalar.End.Index + _bomLength) || index + 1 >= _text.Length || _text[index] != '#'
            || _text[index + 1] is ' ' or '\t' or '\r' or '\n' or '#')
        {
            return;
        }

        var lineStart = index == 0 ? 0 : _text.LastIndexOf('\n', index - 1) + 1;
        var lineEnd = _text.IndexOf('\n', index);
        var comment = _text.Substring(index, (lineEnd < 0 ? _text.Length : lineEnd) - index).TrimEnd('\r', ' ');
        var line = ToZeroBased(scalar.End.Line);
        Report(DiagnosticDescriptors.TextCutByComment,
            new LocationInfo(_path, index, comment.Length, line, index - lineStart, line, index - lineStart + comment.Length),
            comment, scalar.Value, YamlErrorAdvice.QuotedExample(_text, index));
    }

    /// <summary>The tag as the author wrote it (<c>!Important</c>), not as YAML resolves it.</summary>
    private string TagAsWritten(int start)
    {
        var end = start;
        while (end < _text.Length && !char.IsWhiteSpace(_text[end]))
        {
            end++;
        }

        return _text.Substring(start, end - start);
    }

    /// <summary>An anchor nothing refers to has no use in content: it is a text that starts with '&amp;', read wrong.</summary>
    private void ReportUnusedAnchors()
    {
        foreach (var pair in _unusedAnchors)
        {
            var value = _anchors[pair.Key] is YamlScalarSyntax scalar ? scalar.Value : _anchors[pair.Key].KindDescription;
            Report(DiagnosticDescriptors.UnusedAnchor, pair.Value, pair.Key, value,
                YamlErrorAdvice.QuotedExample(_text, pair.Value.Start));
        }
    }

    private bool ReadAlias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        var location = At(alias.Start, alias.End);
        _unusedAnchors.Remove(name);
        if (!_anchors.TryGetValue(name, out var target))
        {
            // Either the anchor's node is still open (an alias inside its own anchor, a cycle), or it was never defined:
            // most often a text that starts with '*'.
            Report(DiagnosticDescriptors.AliasProblem, location, IsOpen(name)
                ? $"The alias '*{name}' refers to the mapping or list that contains it, so it would repeat itself for ever: write the values out instead"
                : $"The alias '*{name}' refers to no anchor: '*' starts an alias of an anchor '&{name}' set above. " +
                  $"To write text that starts with '*', put the whole value in double quotes, as in {YamlErrorAdvice.QuotedExample(_text, location.Start)}");
            return false;
        }

        if (++_aliasCount > _limits.MaxAliases)
        {
            Report(DiagnosticDescriptors.AliasProblem, location,
                $"The file uses more than {_limits.MaxAliases.ToString(CultureInfo.InvariantCulture)} aliases: {WriteOutAliases}");
            return false;
        }

        _expandedNodes += target.ExpandedSize;
        if (_expandedNodes > _limits.MaxExpandedNodes)
        {
            Report(DiagnosticDescriptors.AliasProblem, location,
                $"Aliases expand the document beyond {_limits.MaxExpandedNodes.ToString(CultureInfo.InvariantCulture)} nodes: {WriteOutAliases}");
            return false;
        }

        // Whatever is said about the repeated value itself (a duplicate key, a wrong kind) belongs at the alias.
        return Add(target.MovedTo(location), anchor: null);
    }

    private const string WriteOutAliases = "write the repeated values out instead of repeating them with aliases";

    /// <summary>Whether a mapping or list still being read carries the anchor <paramref name="name"/>.</summary>
    private bool IsOpen(string name)
    {
        foreach (var frame in _stack)
        {
            if (frame.Anchor == name)
            {
                return true;
            }
        }

        return false;
    }

    private bool Push(Frame frame)
    {
        if (_stack.Count >= _limits.MaxDepth)
        {
            Report(DiagnosticDescriptors.NestingTooDeep, frame.Location, _limits.MaxDepth.ToString(CultureInfo.InvariantCulture));
            return false;
        }

        _expandedNodes++;
        _stack.Push(frame);
        return true;
    }

    private bool Add(YamlSyntax node, string? anchor)
    {
        if (anchor is not null)
        {
            _anchors[anchor] = node;
            _unusedAnchors[anchor] = node.Location;
        }

        if (_stack.Count == 0)
        {
            _root = node;
            return true;
        }

        var parent = _stack.Peek();
        if (!parent.IsMapping)
        {
            parent.Items.Add(node);
            parent.Size += node.ExpandedSize;
            return true;
        }

        if (parent.PendingKey is null && !parent.SkipNextValue)
        {
            if (node is not YamlScalarSyntax key)
            {
                Report(DiagnosticDescriptors.WrongValueKind, node.Location, "a mapping key", "text", node.KindDescription,
                    ": write the field's name as plain text before its ':'");
                return false;
            }

            if (parent.TryGetKey(key.Value, out var first))
            {
                Report(DiagnosticDescriptors.DuplicateField, key.Location, key.Value, DiagnosticBag.WhereInFile(first.Location));
                parent.SkipNextValue = true;
                return true;
            }

            parent.AddKey(key);
            return true;
        }

        if (parent.SkipNextValue)
        {
            parent.SkipNextValue = false;
            return true;
        }

        parent.Entries.Add(new YamlEntrySyntax(parent.PendingKey!, node));
        parent.Size += node.ExpandedSize;
        parent.PendingKey = null;
        return true;
    }

    /// <summary>
    /// Rejects characters no author means to write, and those YAML 1.1 silently reads as line breaks; reports
    /// bidirectional controls. One pass, tracking the line, so that a file full of them costs linear time.
    /// </summary>
    private bool CheckCharacters()
    {
        var text = _text;

        // UTF-16 without a byte order mark decodes as UTF-8 without an error: every other character is a NUL.
        if (text.Length >= 2 && (text[0] == '\0' || text[1] == '\0'))
        {
            Report(DiagnosticDescriptors.NotUtf8, new LocationInfo(_path, 0, 1, 0, 0, 0, 1),
                "The file seems to be UTF-16 without a byte order mark: a zero byte stands beside every letter", string.Empty);
            return false;
        }

        int line = 0, lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];

            // Printable ASCII, most of any content, is none of what follows: one comparison rather than all of them.
            if (c is >= ' ' and <= '~')
            {
                continue;
            }

            if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            // Both readers, the compiler's and the CLI's, decode a byte that is not UTF-8 as U+FFFD: the file is in
            // another encoding, and every such letter would reach the generated code and the exports as U+FFFD.
            if (c == '\uFFFD')
            {
                Report(DiagnosticDescriptors.NotUtf8, CharacterAt(i),
                    "This character could not be read as UTF-8: the file seems to be saved as Windows-1252 or Latin-1 " +
                    "(ISO-8859-1), where a letter such as 'é' is one byte",
                    ". To mean the replacement character U+FFFD itself, write \"\\uFFFD\" inside double quotes");
                return false;
            }

            if (InvalidCharacter(c, i) is { } description)
            {
                Report(DiagnosticDescriptors.InvalidCharacter, CharacterAt(i), description);
                return false;
            }

            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                Report(DiagnosticDescriptors.BidirectionalControl, CharacterAt(i), CodePoint(c));
            }
        }

        return true;

        LocationInfo CharacterAt(int index) => new(_path, index, 1, line, index - lineStart, line, index - lineStart + 1);
    }

    private static string? InvalidCharacter(char c, int index) => c switch
    {
        '\0' => "a NUL character (U+0000)",
        '\uFEFF' when index > 0 => "a byte order mark (U+FEFF) after the start of the file",
        '\u0085' => "a raw next-line character (U+0085: YAML 1.1 reads it as a line break; write \\N inside double quotes to mean the character)",
        '\u2028' => "a raw line separator (U+2028: YAML 1.1 reads it as a line break; write \\L inside double quotes to mean the character)",
        '\u2029' => "a raw paragraph separator (U+2029: YAML 1.1 reads it as a line break; write \\P inside double quotes to mean the character)",
        _ when char.IsSurrogate(c) => "a lone surrogate (" + CodePoint(c) + ", half of a character that is not valid UTF-16 alone)",
        _ => null,
    };

    private static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    private void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        _diagnostics.Report(descriptor, location, arguments);

    private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

    private LocationInfo At(Mark start, Mark end)
    {
        var startIndex = ClampIndex(start.Index + _bomLength);
        var endIndex = Math.Max(startIndex, ClampIndex(end.Index + _bomLength));
        return new LocationInfo(
            _path,
            startIndex,
            endIndex - startIndex,
            ToZeroBased(start.Line),
            ToZeroBased(start.Column),
            ToZeroBased(end.Line),
            ToZeroBased(end.Column));
    }

    private int ClampIndex(long index) => (int)Math.Min(Math.Max(0, index), _text.Length);

    private static int ToZeroBased(long oneBased) => (int)Math.Max(0, oneBased - 1);

    /// <summary>YamlDotNet prefixes its messages with the marks; the diagnostic carries the location already.</summary>
    private static string Describe(YamlException exception)
    {
        var message = exception.Message;
        var separator = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(", StringComparison.Ordinal) && separator > 0)
        {
            message = message.Substring(separator + 3);
        }

        return message.TrimEnd('.');
    }

    private sealed class Frame
    {
        public Frame(bool isMapping, LocationInfo location, string? anchor)
        {
            IsMapping = isMapping;
            Location = location;
            Anchor = anchor;
        }

        public bool IsMapping { get; }

        public LocationInfo Location { get; }

        public string? Anchor { get; }

        // Each made when first needed: a list has no entries, a mapping no items, and most mappings hold a few keys,
        // which a look through the entries finds sooner than a dictionary that every mapping would allocate.
        private const int KeysWithoutDictionary = 8;
        private List<YamlSyntax>? _items;
        private List<YamlEntrySyntax>? _entries;
        private Dictionary<string, YamlScalarSyntax>? _keys;

        public List<YamlSyntax> Items => _items ??= new();

        public List<YamlEntrySyntax> Entries => _entries ??= new();

        public YamlScalarSyntax? PendingKey { get; set; }

        public bool SkipNextValue { get; set; }

        public long Size { get; set; } = 1;

        public YamlSyntax Build(Mark end) => IsMapping
            ? new YamlMappingSyntax(Entries, Size, Location)
            : new YamlSequenceSyntax(Items, Size, Location);

        /// <summary>The key <paramref name="key"/> as first written in this mapping, if it has one already.</summary>
        public bool TryGetKey(string key, out YamlScalarSyntax first)
        {
            if (_keys is not null)
            {
                return _keys.TryGetValue(key, out first!);
            }

            foreach (var entry in Entries)
            {
                if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
                {
                    first = entry.Key;
                    return true;
                }
            }

            first = null!;
            return false;
        }

        /// <summary>Records a new key, whose value comes next.</summary>
        public void AddKey(YamlScalarSyntax key)
        {
            if (_keys is null && Entries.Count >= KeysWithoutDictionary)
            {
                _keys = new Dictionary<string, YamlScalarSyntax>(StringComparer.Ordinal);
                foreach (var entry in Entries)
                {
                    _keys.Add(entry.Key.Value, entry.Key);
                }
            }

            _keys?.Add(key.Value, key);
            PendingKey = key;
        }
    }
}
