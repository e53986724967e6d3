//! The structure tree of a tagged PDF: what each piece of page content is (a
//! heading, a paragraph, a list item, a figure), in reading order, in which
//! language.
//!
//! printpdf writes no structure tree. So the painter wraps each piece of content in
//! a marked-content sequence with an MCID and records here what it is
//! ([`Tags::mark`]); decoration goes in `/Artifact` sequences and is not recorded.
//! [`write`] then builds `/StructTreeRoot`, the `/ParentTree` and each page's
//! `/StructParents` on the lopdf document, and marks the catalog `/MarkInfo`.
//!
//! Reading order is the layout's block order (the order of the spec), never the
//! order on the page, so right-to-left pages and mirrored columns read right.

use super::text::text_string as text;
use lopdf::{Dictionary, Object, ObjectId};
use std::collections::BTreeMap;

/// What a marked piece of content is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The document's title.
    H1,
    /// A section heading.
    H2,
    P,
    /// A list item's bullet.
    Lbl,
    /// A list item's text.
    LBody,
    Figure,
}

/// One marked-content sequence and where it belongs.
#[derive(Debug, Clone)]
pub struct Leaf {
    pub kind: Kind,
    /// The card on a sheet (0 elsewhere): each is its own `Sect`.
    pub section: usize,
    /// Block index in the layout and paragraph (or list item) within it.
    pub block: usize,
    pub paragraph: usize,
    /// BCP 47 tag of the content's language.
    pub lang: String,
    /// Alternative text of a figure.
    pub alt: Option<String>,
}

/// The marked content of every page, by MCID.
#[derive(Debug, Default)]
pub struct Tags {
    pages: Vec<Vec<Leaf>>,
}

impl Tags {
    /// Starts recording the next page.
    pub fn begin_page(&mut self) {
        self.pages.push(Vec::new());
    }

    /// Records a piece of content on the current page; returns its MCID.
    pub fn mark(&mut self, leaf: Leaf) -> i64 {
        if self.pages.is_empty() {
            self.begin_page();
        }
        // Not input-derived: a page was begun just above if there was none.
        let page = self.pages.last_mut().expect("a page");
        page.push(leaf);
        page.len() as i64 - 1
    }
}

/// A structure element being built: its type, attributes and children.
struct Element {
    kind: &'static [u8],
    lang: Option<String>,
    alt: Option<String>,
    children: Vec<Child>,
}

enum Child {
    Element(usize),
    Content { page: usize, mcid: i64 },
}

impl Element {
    fn new(kind: &'static [u8]) -> Element {
        Element {
            kind,
            lang: None,
            alt: None,
            children: Vec::new(),
        }
    }
}

/// Where an element sits in the tree: grouping keys in reading order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Section(usize),
    /// A block's element: a list (`L`), or a heading, paragraph or figure.
    Block(usize, usize, usize, u8),
    Item(usize, usize, usize),
    Part(usize, usize, usize, u8),
}

/// Builds the structure tree from `tags` and hooks it into the document.
/// `page_ids` are the document's pages in order; `lang` is the document language.
pub fn write(pdf: &mut lopdf::Document, page_ids: &[ObjectId], tags: &Tags, lang: &str) {
    let elements = tree(tags, lang);
    write_objects(pdf, page_ids, tags, &elements);
}

/// The elements, `Document` first, each child after its parent, in reading order.
fn tree(tags: &Tags, lang: &str) -> Vec<Element> {
    let mut elements = vec![Element::new(b"Document")];
    let mut index: BTreeMap<Key, usize> = BTreeMap::new();
    let sectioned = tags.pages.iter().flatten().any(|l| l.section > 0);
    // Adds (once) the element for `key` under `parent`.
    let mut element =
        |elements: &mut Vec<Element>, key: Key, parent: usize, kind: &'static [u8]| -> usize {
            *index.entry(key).or_insert_with(|| {
                elements.push(Element::new(kind));
                let id = elements.len() - 1;
                elements[parent].children.push(Child::Element(id));
                id
            })
        };
    for (page, leaves) in tags.pages.iter().enumerate() {
        for (mcid, leaf) in leaves.iter().enumerate() {
            let parent = if sectioned {
                element(&mut elements, Key::Section(leaf.section), 0, b"Sect")
            } else {
                0
            };
            let (s, b, p) = (leaf.section, leaf.block, leaf.paragraph);
            let target = match leaf.kind {
                Kind::Lbl | Kind::LBody => {
                    let list = element(&mut elements, Key::Block(s, b, 0, 0), parent, b"L");
                    let item = element(&mut elements, Key::Item(s, b, p), list, b"LI");
                    let (n, kind): (u8, &'static [u8]) = if leaf.kind == Kind::Lbl {
                        (0, b"Lbl")
                    } else {
                        (1, b"LBody")
                    };
                    element(&mut elements, Key::Part(s, b, p, n), item, kind)
                }
                Kind::Figure => element(&mut elements, Key::Block(s, b, 0, 1), parent, b"Figure"),
                Kind::H1 => element(&mut elements, Key::Block(s, b, p, 2), parent, b"H1"),
                Kind::H2 => element(&mut elements, Key::Block(s, b, p, 3), parent, b"H2"),
                Kind::P => element(&mut elements, Key::Block(s, b, p, 4), parent, b"P"),
            };
            let e = &mut elements[target];
            e.children.push(Child::Content {
                page,
                mcid: mcid as i64,
            });
            if leaf.lang != lang {
                e.lang = Some(leaf.lang.clone());
            }
            if let Some(alt) = &leaf.alt {
                e.alt = Some(alt.clone());
            }
        }
    }
    // A list's language is its items' when they all share one.
    inherit_lang(&mut elements, 0);
    elements
}

/// Writes the elements, the ParentTree and the StructTreeRoot, and hooks them
/// into the pages and the catalog.
fn write_objects(
    pdf: &mut lopdf::Document,
    page_ids: &[ObjectId],
    tags: &Tags,
    elements: &[Element],
) {
    // Reserve an id per element so parents and children can refer to each other.
    let ids: Vec<ObjectId> = elements.iter().map(|_| pdf.new_object_id()).collect();
    let root_id = pdf.new_object_id();
    let mut parent_of = vec![root_id; elements.len()];
    for (i, e) in elements.iter().enumerate() {
        for c in &e.children {
            if let Child::Element(j) = c {
                parent_of[*j] = ids[i];
            }
        }
    }
    // ParentTree: for each page, the element owning each MCID.
    let mut owners: Vec<Vec<Object>> = tags
        .pages
        .iter()
        .map(|l| vec![Object::Null; l.len()])
        .collect();
    for (i, e) in elements.iter().enumerate() {
        let dict = element_dict(e, ids[i], parent_of[i], &ids, page_ids, &mut owners);
        pdf.objects.insert(ids[i], Object::Dictionary(dict));
    }
    let mut nums = Vec::new();
    for (page, (page_id, owned)) in page_ids.iter().zip(owners).enumerate() {
        if let Ok(dict) = pdf.get_object_mut(*page_id).and_then(Object::as_dict_mut) {
            dict.set("StructParents", Object::Integer(page as i64));
            // Tab order follows the structure.
            dict.set("Tabs", Object::Name(b"S".to_vec()));
        }
        nums.push(Object::Integer(page as i64));
        nums.push(Object::Array(owned));
    }
    let parent_tree = pdf.add_object(Dictionary::from_iter([("Nums", Object::Array(nums))]));
    pdf.objects.insert(
        root_id,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"StructTreeRoot".to_vec())),
            ("K", Object::Reference(ids[0])),
            ("ParentTree", Object::Reference(parent_tree)),
            ("ParentTreeNextKey", Object::Integer(page_ids.len() as i64)),
        ])),
    );
    if let Some(catalog) = catalog(pdf) {
        catalog.set("StructTreeRoot", Object::Reference(root_id));
        catalog.set(
            "MarkInfo",
            Dictionary::from_iter([("Marked", Object::Boolean(true))]),
        );
    }
}

/// The dictionary of element `e` (object `id`, child of `parent`); its marked
/// content is recorded in `owners` (per page, the element owning each MCID).
fn element_dict(
    e: &Element,
    id: ObjectId,
    parent: ObjectId,
    ids: &[ObjectId],
    page_ids: &[ObjectId],
    owners: &mut [Vec<Object>],
) -> Dictionary {
    let mut dict = Dictionary::from_iter([
        ("Type", Object::Name(b"StructElem".to_vec())),
        ("S", Object::Name(e.kind.to_vec())),
        ("P", Object::Reference(parent)),
    ]);
    if let Some(lang) = &e.lang {
        dict.set("Lang", Object::string_literal(lang.as_str()));
    }
    if let Some(alt) = &e.alt {
        dict.set("Alt", text(alt));
    }
    // Content on the element's page (/Pg) is a bare MCID; elsewhere a reference.
    let home = e.children.iter().find_map(|c| match c {
        Child::Content { page, .. } => Some(*page),
        Child::Element(_) => None,
    });
    if let Some(page) = home {
        dict.set("Pg", Object::Reference(page_ids[page]));
    }
    let kids: Vec<Object> = e
        .children
        .iter()
        .map(|c| match c {
            Child::Element(j) => Object::Reference(ids[*j]),
            Child::Content { page, mcid } => {
                owners[*page][*mcid as usize] = Object::Reference(id);
                if Some(*page) == home {
                    Object::Integer(*mcid)
                } else {
                    Object::Dictionary(Dictionary::from_iter([
                        ("Type", Object::Name(b"MCR".to_vec())),
                        ("Pg", Object::Reference(page_ids[*page])),
                        ("MCID", Object::Integer(*mcid)),
                    ]))
                }
            }
        })
        .collect();
    dict.set("K", Object::Array(kids));
    dict
}

/// Moves a language shared by all of an element's children up to it (so a list of
/// English items on an Arabic card is one English list), recursively.
fn inherit_lang(elements: &mut [Element], i: usize) -> Option<String> {
    let children: Vec<usize> = elements[i]
        .children
        .iter()
        .filter_map(|c| match c {
            Child::Element(j) => Some(*j),
            Child::Content { .. } => None,
        })
        .collect();
    if children.is_empty() || elements[i].kind == b"Document" {
        for j in &children {
            inherit_lang(elements, *j);
        }
        return elements[i].lang.clone();
    }
    let langs: Vec<Option<String>> = children
        .iter()
        .map(|j| inherit_lang(elements, *j))
        .collect();
    if elements[i].lang.is_none() && langs.iter().all(|l| l.is_some() && *l == langs[0]) {
        elements[i].lang = langs[0].clone();
        for j in children {
            elements[j].lang = None;
        }
    }
    elements[i].lang.clone()
}

fn catalog(pdf: &mut lopdf::Document) -> Option<&mut Dictionary> {
    let id = pdf
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .ok()?;
    pdf.get_object_mut(id).and_then(Object::as_dict_mut).ok()
}
