"""html.escape/unescape (named, numeric and invalid references) and html.entities tables."""
import html, html.entities
print(html.escape("<a href=\"x\">Tom & Jerry's</a>"), html.escape("<b>", quote=False))
print(html.unescape("&lt;p&gt; &amp;amp; &copy; &#169; &#xA9; &eacute;t&eacute; &notin; &notit; &#128; &#0; &bogus; &amp &lt3 &#x110000;"))
print(html.entities.name2codepoint["amp"], html.entities.codepoint2name[0x3c], len(html.entities.html5) > 2000, html.entities.entitydefs["nbsp"] == "\xa0")
