// Runs before a scripted page (search, the compare view) is first drawn, as a tiny classic script
// allowed by its hash (no other inline code under the site's Content-Security-Policy). It marks
// the page as scripted, so controls that need JavaScript are drawn from the first paint, and says
// whether the address holds a search query, so the search page does not jump when results arrive.
(function () {
  var classes = document.documentElement.classList;
  classes.add('js');
  if ((new URLSearchParams(location.search).get('q') || '').trim()) classes.add('has-query');
})();
