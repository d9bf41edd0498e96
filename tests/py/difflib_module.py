"""difflib: unified/context/ndiff deltas, SequenceMatcher ratios, blocks and opcodes, get_close_matches, restore."""
import difflib
a = "one\ntwo\nthree\nfour\nfive\nsix\nseven\n".splitlines(keepends=True)
b = "zero\none\ntree\nfour\nfive\nsix!\nseven\neight\n".splitlines(keepends=True)
print(''.join(difflib.unified_diff(a, b, fromfile='a.txt', tofile='b.txt')))
print(''.join(difflib.context_diff(a, b, fromfile='a', tofile='b', n=1)))
print(''.join(difflib.ndiff(a, b)))
print(list(difflib.restore(difflib.ndiff(a, b), 2)) == b)
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(), s.get_opcodes())
print(s.find_longest_match(0, 5, 0, 4))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']), difflib.get_close_matches('wheel', ['while', 'when', 'whale'], n=2, cutoff=0.5))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), list(s.get_grouped_opcodes(1)))
print(list(difflib.ndiff(['abcdefg\n'], ['abcXefgh\n'])))
long1 = [str(i) + '\n' for i in range(300)]; long2 = long1[:150] + ['x\n'] + long1[151:]
print(''.join(difflib.unified_diff(long1, long2, lineterm='\n')))
