// Runs before a scripted page (search, the compare view) is first drawn, as a tiny classic script
// allowed by its hash (no other inline code under the site's Content-Security-Policy). It marks
// the page as scripted, so controls that need JavaScript are drawn from the first paint; says
// whether the address holds a search query, so the search page does not jump when results arrive;
// and whether it names a topic to line the compare view's columns up on, so that they are shown
// once lined up rather than jumping into line.
(function () {
  var classes = document.documentElement.classList;
  var params = new URLSearchParams(location.search);
  classes.add('js');
  if ((params.get('q') || '').trim()) classes.add('has-query');
  if (params.get('topic')) classes.add('lining-up');
})();
